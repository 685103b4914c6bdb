/// The prose of one article, as analysis reads it: a title and plain-text paragraphs.
///
/// Markdown articles reach this type through cmark's text blocks; plain-text articles
/// through their cleaned lines. Analysis never sees markup.
public struct ArticleText: Sendable, Equatable {
    public var title: String
    /// Paragraphs in article order, each without markup.
    public var paragraphs: [String]

    public init(title: String, paragraphs: [String]) {
        self.title = title
        self.paragraphs = paragraphs
    }
}
