import GazetteExtraction

/// An article with everything extracted from it: the unit the cross-article stages work on.
public struct AnalysedArticle: Sendable {
    public var article: Article
    public var digest: ArticleDigest

    /// The summary sentences, or the author's own summary as a single entry.
    public var summary: [String] {
        if let override = article.summaryOverride { return [override] }
        return digest.summary.compactMap { index in digest.sentences.indices.contains(index) ? digest.sentences[index].text : nil }
    }

    /// Analyses one parsed article: a pure function, run in parallel across articles.
    public static func analyse(_ article: Article, config: SiteConfig) -> AnalysedArticle {
        let digest = ArticleAnalyser().analyse(ArticleText(title: article.title, paragraphs: article.paragraphs),
                                               summarySentences: config.summarySentences)
        return AnalysedArticle(article: article, digest: digest)
    }
}
