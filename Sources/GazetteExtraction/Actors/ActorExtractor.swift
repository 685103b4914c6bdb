/// Finds the people, organizations and places of an article.
public final class ActorExtractor: Sendable {
    public static let shared = ActorExtractor()
    public func extract(title: String, sentences: [Sentence]) -> [Actor] { [] }
}
