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
}
