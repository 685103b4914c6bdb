import ArgumentParser
import Foundation
import GazetteCore

/// `gazette check`: builds in memory and reports broken links, unknown template variables
/// and colliding actor names, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build in memory and check internal links and anchors, template variables and actor names.",
        discussion: "Prints path:line: error/warning lines; exits 1 when anything is broken. Writes nothing."
    )

    @Option(help: "The site folder holding Content/, Templates/ and site.yml.")
    var root: String = "."

    @Flag(help: "Include articles marked 'draft: true'.")
    var drafts = false

    func run() throws {
        let input: SiteInput
        switch SiteReader.read(root: URL(fileURLWithPath: root), buildDate: nil, includeDrafts: drafts) {
        case .success(let value): input = value
        case .failure(let failure):
            for diagnostic in failure.diagnostics { printError(diagnostic.description) }
            throw ExitCode(1)
        }
        let diagnostics = SiteChecker.check(input)
        for diagnostic in diagnostics { printError(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        print("Checked \(input.articles.count) articles: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(1) }
    }
}
