import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders CommonMark with libcmark. Every cmark call in Gazette lives in this file.
///
/// cmark owns its nodes until `cmark_node_free`; strings it returns are `malloc`ed and
/// freed here right after they are copied into Swift.
public enum CommonMarkRenderer {
    /// Renders `markdown` to an HTML fragment.
    public static func html(_ markdown: String, options: CommonMarkOptions = .default) -> String {
        let bytes = Array(markdown.utf8)
        guard let cString = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_markdown_to_html($0, buffer.count, options.rawValue)
                }
            } ?? cmark_markdown_to_html("", 0, options.rawValue)
        }) else { return "" }
        defer { free(cString) }
        return String(decoding: UnsafeRawBufferPointer(start: cString, count: strlen(cString)), as: UTF8.self)
    }

    /// The text of each paragraph, heading and list item of `markdown`, without markup,
    /// in document order. Code blocks and raw HTML are left out: they are not prose.
    ///
    /// This is what text analysis reads, so that a sentence of the rendered page and a
    /// sentence of the analysis are the same words.
    public static func textBlocks(_ markdown: String, options: CommonMarkOptions = .default) -> [TextBlock] {
        let bytes = Array(markdown.utf8)
        let maybeDocument: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, options.rawValue)
                }
            } ?? cmark_parse_document("", 0, options.rawValue)
        }
        guard let document = maybeDocument else { return [] }
        defer { cmark_node_free(document) }

        var blocks: [TextBlock] = []
        var current = ""
        var currentKind: TextBlock.Kind = .paragraph
        var currentLine = 1
        var depth = 0
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if event == CMARK_EVENT_ENTER {
                    depth += 1
                    current = ""
                    currentKind = type == CMARK_NODE_HEADING ? .heading : .paragraph
                    currentLine = Int(cmark_node_get_start_line(node))
                } else {
                    depth -= 1
                    let text = current.trimmingWhitespace()
                    if !text.isEmpty { blocks.append(TextBlock(kind: currentKind, text: text, line: currentLine)) }
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if depth > 0, let literal = cmark_node_get_literal(node) {
                    current += String(cString: literal)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if depth > 0 { current += " " }
            default:
                break
            }
        }
        return blocks
    }
}

/// A block of prose from a Markdown document, as plain text.
public struct TextBlock: Equatable, Sendable {
    /// What the block was in the Markdown.
    public enum Kind: Equatable, Sendable { case paragraph, heading }
    public var kind: Kind
    /// The block's text without markup (smart punctuation applied when enabled).
    public var text: String
    /// The 1-based line of the Markdown where the block starts.
    public var line: Int
    public init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
