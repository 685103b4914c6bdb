/// Runs every extraction stage on one article: split, read words, find figures and actors, summarize.
///
/// A pure function of its input, safe to call from many threads at once.
public struct ArticleAnalyser: Sendable {
    public init() {}

    /// Analyses `text`, choosing `summarySentences` sentences for the summary.
    public func analyse(_ text: ArticleText, summarySentences: Int = 3) -> ArticleDigest {
        let sentences = SentenceSplitter.split(paragraphs: text.paragraphs)
        let words = ArticleWords(sentences)  // read once for figures and summary
        let figures = FigureExtractor.extract(from: sentences, words: words)
        let keyFigures = FigureRanker.keyFigures(figures, sentences: sentences, title: text.title)
        let actors = ActorExtractor.shared.extract(title: text.title, sentences: sentences)
        let summary = Summarizer.summarize(sentences: sentences, words: words, actors: actors, figures: keyFigures,
                                           count: summarySentences)
        return ArticleDigest(sentences: sentences, summary: summary, figures: figures, keyFigures: keyFigures, actors: actors)
    }
}
