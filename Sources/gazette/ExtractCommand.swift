import ArgumentParser
import Foundation
import GazetteCore

/// `gazette extract`: what the build extracts from each file, for checking and evaluation.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the title, summary, key figures and actors extracted from article files.",
        discussion: "With --json the output is a JSON array, one object per file in input order (the evaluation schema)."
    )

    @Flag(help: "Print JSON (the schema of the evaluation scorer) instead of text.")
    var json = false

    @Flag(help: "Print every candidate actor with the features the actor model weighs, a JSON line per file (the training data of Scripts/train_actors.py).")
    var actorCandidates = false

    @Option(help: "Sentences in each summary.")
    var summarySentences: Int = SiteConfig().summarySentences

    @Argument(help: "Article files (.txt, .md).")
    var files: [String]

    func run() throws {
        var config = SiteConfig()
        config.summarySentences = summarySentences
        var failed = false
        let sources: [SourceFile?] = files.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("\(path): error: cannot read file")
                failed = true
                return nil
            }
            return SourceFile(path: path, bytes: [UInt8](data))
        }
        if actorCandidates {
            for line in ArticleExtractor.actorCandidates(sources.compactMap { $0 }) { print(line) }
            if failed { throw ExitCode(1) }
            return
        }
        let results = ArticleExtractor.extract(sources.compactMap { $0 }, config: config)
        for diagnostic in results.diagnostics { printError(diagnostic.description) }
        if json {
            print(ExtractionRecord.encode(results.records))
        } else {
            for record in results.records { print(ExtractionRecord.text(record)) }
        }
        if failed || results.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
