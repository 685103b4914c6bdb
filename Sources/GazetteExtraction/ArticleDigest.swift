/// Everything Gazette extracts from one article.
public struct ArticleDigest: Sendable, Equatable {
    /// The body split into sentences, in article order.
    public var sentences: [Sentence]
    /// Indices of the summary sentences, ascending (article order).
    public var summary: [Int]
    /// Every figure found, in article order.
    public var figures: [Figure]
    /// The figures a reader most needs, most important first (3 to 6 when the article has them).
    public var keyFigures: [Figure]
    /// The actors, most salient first.
    public var actors: [Actor]

    public init(sentences: [Sentence], summary: [Int], figures: [Figure], keyFigures: [Figure], actors: [Actor]) {
        self.sentences = sentences
        self.summary = summary
        self.figures = figures
        self.keyFigures = keyFigures
        self.actors = actors
    }
}
