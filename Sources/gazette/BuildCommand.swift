import ArgumentParser
import Foundation
import GazetteCore

/// `gazette build`: reads the site and writes Public/ atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from Content/, Templates/ and site.yml into Public/.",
        discussion: """
        Errors are printed as path:line:col: error: message, sorted by path; the build then exits 1 and \
        leaves the output folder exactly as it was. The date shown as "built on" comes from --build-date or \
        SOURCE_DATE_EPOCH, never from the clock, so two builds of the same input are byte-identical.
        """
    )

    @Option(help: "The site folder holding Content/, Templates/ and site.yml.")
    var root: String = "."

    @Option(help: "Where to write the site (default: ROOT/Public).")
    var output: String?

    @Flag(help: "Include articles marked 'draft: true'.")
    var drafts = false

    @Option(help: "The build date shown on pages, YYYY-MM-DD (default: SOURCE_DATE_EPOCH if set).")
    var buildDate: String?

    @Flag(help: "Build twice and fail if the two results differ in any byte (checks determinism).")
    var verify = false

    @Flag(help: "Print the seconds each stage took (read, cache, extract, resolve, relate, render, publish).")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also list warnings' details and every junk line removed from plain text.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
        if let buildDate, ArticleDate(iso: buildDate) == nil { throw ValidationError("--build-date must be YYYY-MM-DD.") }
    }

    func run() throws {
        let started = Date()
        let rootURL = URL(fileURLWithPath: root)
        let options = BuildOptions(root: rootURL, output: output.map { URL(fileURLWithPath: $0) },
                                   buildDate: resolvedBuildDate(), includeDrafts: drafts, verify: verify)
        let progress = Progress(enabled: !quiet && isatty(STDERR_FILENO) != 0)
        let result: BuildResult
        switch SitePipeline.run(options, progress: progress.show) {
        case .success(let value): result = value
        case .failure(let failure): return try fail(failure.diagnostics, progress)
        }
        progress.clear()
        if !quiet { for warning in result.diagnostics { printError(warning.description) } }
        if verbose { for line in result.removedJunk { printError("removed junk line: \(line)") } }
        if timings {
            for (stage, seconds) in result.timings { printError(String(format: "%8.3f s  %@", seconds, stage)) }
        }
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            let written = result.published.map { ", \($0.written) written, \($0.removed) removed" } ?? ""
            print("Built \(result.articleCount) articles into \(result.pageCount) pages (\(result.fileCount) files\(written)) in \(String(format: "%.2f", seconds)) s: \(options.output.path)")
        }
    }

    private func fail(_ diagnostics: [Diagnostic], _ progress: Progress) throws {
        progress.clear()
        for diagnostic in diagnostics.sorted() where diagnostic.severity == .error || !quiet {
            printError(diagnostic.description)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        printError("gazette: build failed with \(errors) error\(errors == 1 ? "" : "s"); the output folder was not changed")
        throw ExitCode(1)
    }

    private func resolvedBuildDate() -> ArticleDate? { BuildDate.resolve(flag: buildDate) }
}

/// One updating status line on a terminal; silent otherwise.
/// The date shown as "built on": `--build-date`, else `SOURCE_DATE_EPOCH` (seconds since
/// 1970, UTC), else none. Never the clock, so builds are reproducible.
enum BuildDate {
    static func resolve(flag: String?) -> ArticleDate? {
        if let flag { return ArticleDate(iso: flag) }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(epoch) {
            return ArticleDate(daysSinceEpoch: seconds / 86_400)
        }
        return nil
    }
}

struct Progress {
    let enabled: Bool
    func show(_ message: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message)…".utf8))
    }
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
