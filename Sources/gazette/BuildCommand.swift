import ArgumentParser
import Foundation
import GazetteCore

/// `gazette build`: reads the site and writes Public/ atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from Content/, Templates/ and site.yml into Public/.",
        discussion: """
        Errors are printed as path:line:col: error: message, sorted by path; the build then exits 1 and
        leaves the output folder exactly as it was. The date shown as "built on" comes from --build-date or
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
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? rootURL.appendingPathComponent("Public")
        let progress = Progress(enabled: !quiet && isatty(STDERR_FILENO) != 0)

        progress.show("Reading \(rootURL.path)")
        let input: SiteInput
        switch SiteReader.read(root: rootURL, buildDate: resolvedBuildDate(), includeDrafts: drafts) {
        case .success(let value): input = value
        case .failure(let failure): return try fail(failure.diagnostics, progress)
        }
        progress.show("Building \(input.articles.count) articles")
        let result: BuildResult
        switch SiteBuilder.build(input) {
        case .success(let value): result = value
        case .failure(let failure): return try fail(failure.diagnostics, progress)
        }
        if verify {
            progress.show("Building again to verify")
            let second = (try? SiteBuilder.build(input).get())?.files ?? []
            let differing = BuildVerifier.differences(result.files, second)
            if !differing.isEmpty {
                progress.clear()
                printError("gazette: error: two builds of the same input differ in \(differing.count) files: \(differing.prefix(5).joined(separator: ", "))")
                throw ExitCode(1)
            }
        }
        progress.show("Writing \(result.files.count) files")
        do {
            try SitePublisher.publish(result.files, to: outputURL)
        } catch {
            progress.clear()
            printError("\(outputURL.path): error: cannot publish the site: \(error)")
            throw ExitCode(1)
        }
        progress.clear()
        if !quiet { for warning in result.diagnostics { printError(warning.description) } }
        if verbose { for line in result.removedJunk { printError("removed junk line: \(line)") } }
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            print("Built \(result.articleCount) articles into \(result.pageCount) pages (\(result.files.count) files) in \(String(format: "%.2f", seconds)) s: \(outputURL.path)")
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

    /// `--build-date`, else `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), else none.
    private func resolvedBuildDate() -> ArticleDate? {
        if let buildDate { return ArticleDate(iso: buildDate) }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(epoch) {
            return ArticleDate(daysSinceEpoch: seconds / 86_400)
        }
        return nil
    }
}

/// One updating status line on a terminal; silent otherwise.
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
