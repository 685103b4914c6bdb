import GazetteExtraction

/// One actor across the whole site, with every article that mentions it.
public struct SiteActor: Sendable, Equatable {
    public var name: String
    public var kind: ActorKind
    /// Unique within the kind's folder: `people/<slug>/`.
    public var slug: String
    /// Every surface form seen in any article, sorted.
    public var aliases: [String]
    public var roles: [String]
    /// Positions in `SiteModel.articles` of the articles that mention it, newest first.
    public var articles: [Int]
    /// Total mentions over all articles.
    public var mentions: Int
    /// Whether the actor has enough articles for a page of its own (`actor_min_articles`).
    public var hasPage: Bool
}

/// A mention of a site actor in one article, with the article-level details.
public struct ActorRef: Sendable, Equatable {
    /// Position in `EntityIndex.actors`.
    public var actor: Int
    /// The article-level actor (aliases, roles, sentences), or nil when only declared in front matter.
    public var local: Actor?
}

/// All actors of the site: who appears where, resolved across articles.
public struct EntityIndex: Sendable {
    /// Sorted by kind, then name, then slug.
    public var actors: [SiteActor]
    /// For each article (same order as the articles given), its actors, most salient first.
    public var articleActors: [[ActorRef]]
}
