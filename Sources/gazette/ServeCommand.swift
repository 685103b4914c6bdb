import ArgumentParser
import Foundation
import GazetteCore

/// `gazette serve`: build, serve Public/ on loopback, rebuild on change, reload the browser.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild and reload open pages when Content/, Templates/ or site.yml change.",
        discussion: """
        An edited article's own page is shown at once, before the rebuild that updates the rest of the \
        site. A failed rebuild is shown in the terminal and over the open page, while the last good site \
        keeps being served. Only files inside the output folder are served.
        """
    )

    @Option(help: "The site folder holding Content/, Templates/ and site.yml.")
    var root: String = "."

    @Option(help: "Port to listen on.")
    var port: UInt16 = 8000

    @Option(help: "Address to listen on (loopback by default, so only this machine can connect).")
    var host: String = "127.0.0.1"

    @Flag(help: "Include articles marked 'draft: true'.")
    var drafts = false

    @Option(help: "Seconds between checks for changed files.")
    var interval: Double = 0.3

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be positive.") }
    }

    func run() throws {
        stopOnSignals()
        let rootURL = URL(fileURLWithPath: root)
        let options = BuildOptions(root: rootURL, buildDate: BuildDate.resolve(flag: nil), includeDrafts: drafts)
        let server = DevServer(folder: options.output)
        let watcher = SiteWatcher(root: rootURL)
        var fingerprint = watcher.fingerprint()
        var previewer = rebuild(options, server: server, first: true).map { ArticlePreview(after: $0) }
        do {
            try server.start(host: host, port: port)
        } catch {
            printError("gazette: error: \(ErrorDescription.of(error))")
            throw ExitCode(1)
        }
        printNow("Serving \(options.output.path) at http://\(host):\(port)/ (Ctrl-C to stop)")
        // inotify says at once what was written, so the page of an edited article is shown
        // before the poll below would notice; polling alone where inotify is missing.
        // With inotify, the fingerprint (a stat of every file) is taken only after an event,
        // or every ten intervals in case the kernel dropped some.
        let notifier = ChangeNotifier(root: rootURL)
        var quiet = 0
        while true {
            var written: [String] = []
            if let notifier { written = notifier.wait(timeout: interval) } else { Thread.sleep(forTimeInterval: interval) }
            if let previewer, !written.isEmpty { preview(SiteWatcher.articleFiles(written), with: previewer, root: rootURL, server: server) }
            if notifier != nil, written.isEmpty, quiet < 10 {
                quiet += 1
                continue
            }
            quiet = 0
            let current = watcher.fingerprint()
            guard current != fingerprint else { continue }
            if notifier == nil, let previewer {
                preview(SiteWatcher.changedArticles(from: fingerprint, to: current), with: previewer, root: rootURL, server: server)
            }
            fingerprint = settledFingerprint(watcher)
            previewer = rebuild(options, server: server, first: false).map { ArticlePreview(after: $0) } ?? previewer
        }
    }

    /// Shows the edited articles' own pages at once, before the rebuild that updates the
    /// rest of the site (a few articles at most: a bigger change just rebuilds).
    private func preview(_ paths: [String], with previewer: ArticlePreview, root: URL, server: DevServer) {
        guard !paths.isEmpty, paths.count <= 5 else { return }
        let started = Date()
        let pages = paths.compactMap { path -> OutputFile? in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return nil }
            return previewer.render(SourceFile(path: path, bytes: [UInt8](data)))
        }
        guard !pages.isEmpty else { return }
        server.showPreview(pages)
        printNow("Previewed \(pages.map(\.path).joined(separator: ", ")) in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
    }

    /// Waits until the inputs hold still for one interval, so a save that touches several files
    /// (a theme copied in, a script writing articles one by one) gives one build of the result.
    /// Files that never stop changing (a log written into Content/) get a build every ten
    /// intervals all the same.
    private func settledFingerprint(_ watcher: SiteWatcher) -> [String] {
        var current = watcher.fingerprint()
        for _ in 0..<10 {
            Thread.sleep(forTimeInterval: interval)
            let next = watcher.fingerprint()
            if next == current { break }
            current = next
        }
        return current
    }

    /// Ctrl-C and `kill` stop the server, even when the parent process (a test runner, a
    /// supervisor) started it with those signals blocked, which children inherit.
    private func stopOnSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    /// Builds and tells the server; the result, kept for previews, or nil when the build failed.
    private func rebuild(_ options: BuildOptions, server: DevServer, first: Bool) -> BuildResult? {
        let started = Date()
        switch SitePipeline.run(options) {
        case .success(let result):
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            let written = result.published.map { ", \($0.written) files written" } ?? ""
            printNow("\(first ? "Built" : "Rebuilt") \(result.articleCount) articles, \(result.pageCount) pages in \(milliseconds) ms\(written)")
            server.buildFinished(error: nil)
            return result
        case .failure(let failure):
            let text = failure.diagnostics.map(\.description).joined(separator: "\n")
            printError(text)
            printError("gazette: build failed; still serving the last good site")
            server.buildFinished(error: text)
            return nil
        }
    }
}

/// Writes a line to standard output at once (no buffering), so a log or a test sees it.
func printNow(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
