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
