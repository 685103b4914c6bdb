import GazetteExtraction

/// An actor an author lists by hand in front matter (`people`, `organizations`, `places`).
public struct DeclaredActor: Sendable, Equatable {
    public var name: String
    public var kind: ActorKind
}

/// The body of an article, in the form it was written.
public enum ArticleBody: Sendable, Equatable {
    /// CommonMark source, rendered by cmark.
    case markdown(String)
    /// Plain-text paragraphs, rendered literally (no markup is interpreted).
    case plainText([String])
}

/// One parsed article: metadata plus body, before analysis.
public struct Article: Sendable, Equatable {
    /// Path relative to the site root; the stable id used to sort and break ties.
    public var path: String
    public var slug: String
    public var title: String
    public var date: ArticleDate?
    public var author: String?
    public var source: String?
    public var url: String?
    public var section: String?
    public var tags: [String]
    /// A summary the author wrote; replaces the extracted one.
    public var summaryOverride: String?
    public var isDraft: Bool
    public var declaredActors: [DeclaredActor]
    public var body: ArticleBody
    /// The prose analysis reads: paragraphs without markup.
    public var paragraphs: [String]

    public init(path: String, slug: String, title: String, date: ArticleDate? = nil, author: String? = nil,
                source: String? = nil, url: String? = nil, section: String? = nil, tags: [String] = [],
                summaryOverride: String? = nil, isDraft: Bool = false, declaredActors: [DeclaredActor] = [],
                body: ArticleBody, paragraphs: [String]) {
        self.path = path
        self.slug = slug
        self.title = title
        self.date = date
        self.author = author
        self.source = source
        self.url = url
        self.section = section
        self.tags = tags
        self.summaryOverride = summaryOverride
        self.isDraft = isDraft
        self.declaredActors = declaredActors
        self.body = body
        self.paragraphs = paragraphs
    }
}
