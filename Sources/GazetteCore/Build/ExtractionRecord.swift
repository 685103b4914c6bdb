import Foundation
import GazetteExtraction

/// What Gazette extracts from one article, in the schema of the evaluation scorer
/// (`gazette extract --json` and `Public/data/articles/<slug>.json`). Keep it stable.
public struct ExtractionRecord: Codable, Sendable, Equatable {
    public struct FigureRecord: Codable, Sendable, Equatable {
        public var text: String
        public var value: Double
        public var unit: String
        public var kind: String
        public var sentence: String
    }

    public struct ActorRecord: Codable, Sendable, Equatable {
        public var name: String
        public var kind: String
        public var aliases: [String]
        public var mentions: Int
        public var roles: [String]
    }

    public var path: String
    public var title: String
    public var summary: [String]
    public var figures: [FigureRecord]
    public var actors: [ActorRecord]

    public init(_ analysed: AnalysedArticle, path: String) {
        let sentences = analysed.digest.sentences
        self.path = path
        title = analysed.article.title
        summary = analysed.summary
        figures = analysed.digest.keyFigures.map { figure in
            FigureRecord(text: figure.text, value: figure.value, unit: figure.unit, kind: figure.kind.rawValue,
                         sentence: sentences.indices.contains(figure.sentence) ? sentences[figure.sentence].text : "")
        }
        actors = analysed.digest.actors.map {
            ActorRecord(name: $0.name, kind: $0.kind.rawValue, aliases: $0.aliases, mentions: $0.mentions, roles: $0.roles)
        }
    }

    /// Key-sorted JSON, pretty unless asked otherwise: byte-identical for the same input.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
