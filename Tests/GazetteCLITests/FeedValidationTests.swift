import Foundation
import Testing

/// Checks the feeds of built sites with an independent parser (Python's feedparser).
@Suite("Feeds")
struct FeedValidationTests {
    @Test("every Atom and JSON feed of the demo and golden sites validates", arguments: ["demo", "golden"])
    func feedsValidate(site: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-feeds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let root = site == "demo" ? CLI.repositoryRoot : try CLI.makeSite()
        let build = try CLI.run(["build", "--root", root.path, "--output", output.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")

        let script = CLI.repositoryRoot.appendingPathComponent("Tests/Support/validate_feeds.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus != 3, "feedparser is missing: `make test` installs it with pip")
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(report.hasPrefix("checked "))
    }
}
