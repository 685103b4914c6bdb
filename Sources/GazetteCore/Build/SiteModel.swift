import GazetteExtraction
import GazetteMustache

/// Everything known about the site after the per-article stages and entity resolution:
/// the input of rendering.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    /// Newest first; undated articles last; ties broken by path.
    public var articles: [AnalysedArticle]
    public var entities: EntityIndex
    /// Tag and section taxonomies.
    public var taxonomies: [Taxonomy]
    /// For each article, related articles with the reason, best first.
    public var related: [[RelatedArticle]]
    /// The date shown as "built on", from `SOURCE_DATE_EPOCH` or `--build-date`; never the clock.
    public var buildDate: ArticleDate?
    /// Fingerprint of the settings and build date: with the articles' `source`
    /// fingerprints, the whole input of the feeds and data files.
    public var settings: Fingerprint
}

/// A grouping of articles by a term: tags and sections.
public struct Taxonomy: Sendable {
    /// Folder name and identifier ("tags", "sections").
    public var name: String
    /// Heading shown to readers ("Tags", "Sections").
    public var title: String
    /// Sorted by name.
    public var terms: [Term]

    public struct Term: Sendable {
        public var name: String
        public var slug: String
        /// Positions in `SiteModel.articles`, newest first.
        public var articles: [Int]
    }

    /// Groups articles by the terms `termsOf` gives each; slugs are unique within the taxonomy.
    static func build(name: String, title: String, articles: [AnalysedArticle], termsOf: (Article) -> [String]) -> Taxonomy {
        var byName: [String: [Int]] = [:]
        var display: [String: String] = [:]
        for (index, analysed) in articles.enumerated() {
            var seen = Set<String>()
            for term in termsOf(analysed.article) {
                let key = Slugger.slugify(term)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                byName[key, default: []].append(index)
                display[key] = min(display[key] ?? term, term)
            }
        }
        let terms = byName.keys.sorted().map { key in
            Term(name: display[key] ?? key, slug: key, articles: byName[key] ?? [])
        }
        return Taxonomy(name: name, title: title, terms: terms)
    }
}

/// An article related to another, and why ("shares Antony Blinken, Hamas").
public struct RelatedArticle: Sendable, Equatable {
    /// Position in `SiteModel.articles`.
    public var article: Int
    public var score: Int
    /// Names of the shared actors and tags, most salient first.
    public var shared: [String]
}
