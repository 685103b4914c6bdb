import GazetteExtraction
import Foundation

/// Parses and analyses files in parallel, for `gazette extract`.
public enum ArticleExtractor {
    public struct Results: Sendable {
        /// One record per file that parsed, in input order.
        public var records: [ExtractionRecord]
        public var diagnostics: [Diagnostic]
    }

    public static func extract(_ files: [SourceFile], config: SiteConfig) -> Results {
        let outcomes = ParallelMap.map(files) { file -> (ExtractionRecord?, [Diagnostic]) in
            let parsed = ArticleParser.parse(file)
            guard let article = parsed.article else { return (nil, parsed.diagnostics) }
            return (ExtractionRecord(AnalysedArticle.analyse(article, config: config), path: file.path), parsed.diagnostics)
        }
        return Results(records: outcomes.compactMap(\.0), diagnostics: outcomes.flatMap(\.1))
    }

    /// Every candidate actor of each file that parses, with its features: one JSON line per file,
    /// `{"path", "candidates": [{"name", "kind", "aliases", "rule", "features"}]}`, the training data
    /// of the actor model (`Scripts/train_actors.py`).
    public static func actorCandidates(_ files: [SourceFile]) -> [String] {
        ParallelMap.map(files) { file -> String? in
            guard let article = ArticleParser.parse(file).article else { return nil }
            let sentences = SentenceSplitter.split(paragraphs: article.paragraphs)
            let candidates = ActorExtractor.shared.candidates(title: article.title, sentences: sentences).map { candidate -> JSONValue in
                .object([
                    ("name", .string(candidate.actor.name)), ("kind", .string(candidate.actor.kind.rawValue)),
                    ("aliases", .array(candidate.actor.aliases.map { .string($0) })),
                    ("rule", .string(candidate.rule?.rawValue ?? "none")),
                    ("features", .array(candidate.features.map { .string($0) })),
                ])
            }
            return JSONWriter.encode(.object([("path", .string(file.path)), ("candidates", .array(candidates))]), pretty: false)
        }.compactMap { $0 }
    }
}

extension ExtractionRecord {
    /// A human-readable rendering for `gazette extract` without `--json`.
    public static func text(_ record: ExtractionRecord) -> String {
        var lines = ["== \(record.path)", "title: \(record.title)", "summary:"]
        lines += record.summary.map { "  - \($0)" }
        lines.append("figures:")
        lines += record.figures.map { "  - \($0.text) = \($0.value) \($0.unit) (\($0.kind))" }
        lines.append("actors:")
        lines += record.actors.map { "  - \($0.kind): \($0.name) ×\($0.mentions) [\($0.aliases.joined(separator: ", "))]" }
        return lines.joined(separator: "\n") + "\n"
    }
}
