import GazetteExtraction
import GazetteMustache

/// An article with everything extracted from it: the unit the cross-article stages work on.
public struct AnalysedArticle: Sendable {
    public var article: Article
    public var digest: ArticleDigest
    /// Fingerprint of the content file's bytes. With the tool and `site.yml` it determines
    /// `article` and `digest`, so outputs made from them alone (the body, the data file)
    /// can be recognised as unchanged without being made again.
    public var source: Fingerprint

    /// `source` defaults to a fingerprint of the parsed article itself (path, title, body).
    public init(article: Article, digest: ArticleDigest, source: Fingerprint? = nil) {
        self.article = article
        self.digest = digest
        if let source {
            self.source = source
        } else {
            var hasher = FingerprintHasher()
            hasher.add(article.path)
            hasher.add(article.title)
            switch article.body {
            case .markdown(let text): hasher.add(text)
            case .plainText(let paragraphs): for paragraph in paragraphs { hasher.add(paragraph) }
            }
            self.source = hasher.finish()
        }
    }

    /// The summary sentences, or the author's own summary as a single entry.
    public var summary: [String] {
        if let override = article.summaryOverride { return [override] }
        return digest.summary.compactMap { index in digest.sentences.indices.contains(index) ? digest.sentences[index].text : nil }
    }

    /// Analyses one parsed article: a pure function, run in parallel across articles.
    public static func analyse(_ article: Article, config: SiteConfig, source: Fingerprint? = nil) -> AnalysedArticle {
        let digest = ArticleAnalyser().analyse(ArticleText(title: article.title, paragraphs: article.paragraphs),
                                               summarySentences: config.summarySentences)
        return AnalysedArticle(article: article, digest: digest, source: source)
    }
}
