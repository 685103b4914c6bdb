/// What kind of actor a name stands for.
public enum ActorKind: String, Sendable, Codable, CaseIterable, Comparable {
    case person, organization, place

    /// The plural used for taxonomy folders and headings ("people", "organizations", "places").
    public var plural: String {
        switch self {
        case .person: return "people"
        case .organization: return "organizations"
        case .place: return "places"
        }
    }

    /// People first, then organizations, then places: the order pages list kinds in.
    private var rank: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        }
    }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool { lhs.rank < rhs.rank }
}

/// A person, organization or place one article is about, with every form the article uses.
public struct Actor: Sendable, Equatable, Codable {
    /// The fullest form of the name ("Antony Blinken", "United States").
    public var name: String
    public var kind: ActorKind
    /// Every surface form seen in the article, sorted, including `name` when it occurs.
    public var aliases: [String]
    /// How many times the article mentions the actor, under any alias.
    public var mentions: Int
    /// Roles or titles the article gives the actor ("U.S. Secretary of State").
    public var roles: [String]
    /// Indices of the sentences that mention the actor, ascending.
    public var sentences: [Int]
    /// Indices of the sentences where the actor is quoted, ascending.
    public var quotes: [Int]
    /// How central the actor is to the article; higher first.
    public var salience: Double

    public init(name: String, kind: ActorKind, aliases: [String] = [], mentions: Int = 1, roles: [String] = [],
                sentences: [Int] = [], quotes: [Int] = [], salience: Double = 0) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.roles = roles
        self.sentences = sentences
        self.quotes = quotes
        self.salience = salience
    }
}
