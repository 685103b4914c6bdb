/// One sentence of an article body.
public struct Sentence: Sendable, Equatable, Hashable, Codable {
    /// Position of the sentence in the article, 0-based, counted over all paragraphs.
    public var index: Int
    /// Index of the paragraph the sentence belongs to, 0-based.
    public var paragraph: Int
    /// The sentence exactly as written, without surrounding whitespace.
    public var text: String
    /// Where `text` sits in its paragraph, as UTF-8 byte offsets, so renderers can anchor it.
    public var utf8Range: Range<Int>

    public init(index: Int, paragraph: Int, text: String, utf8Range: Range<Int>) {
        self.index = index
        self.paragraph = paragraph
        self.text = text
        self.utf8Range = utf8Range
    }

    /// Calls `body` with the UTF-8 bytes of `text`, in place (see `withUTF8Bytes`).
    @inline(__always) func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUTF8Bytes(of: text, body)
    }
}

/// Calls `body` with the UTF-8 bytes of `text`: in place for a native string, with no copy
/// (which `String.withUTF8` makes, and retains, because it may need to rewrite its storage);
/// from a contiguous copy for a bridged one.
@inline(__always) func withUTF8Bytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = text  // a bridged string: made contiguous first
    return copy.withUTF8(body)
}
