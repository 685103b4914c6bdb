import Foundation
import Testing

/// Checks the feeds of built sites with an independent parser (Python's feedparser).
@Suite("Feeds")
struct FeedValidationTests {
    @Test("every feed and the sitemap of the demo and golden sites validate, with and without a base URL",
          arguments: ["demo", "golden", "golden with base URL"])
    func feedsValidate(site: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-feeds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let root = site == "demo" ? CLI.repositoryRoot : try CLI.makeSite()
        let baseURL = "https://example.org/news/"
        if site.hasSuffix("base URL") {
            let config = root.appendingPathComponent("site.yml")
            try (try String(contentsOf: config, encoding: .utf8) + "base_url: \(baseURL)\n").write(to: config, atomically: true, encoding: .utf8)
        }
        let build = try CLI.run(["build", "--root", root.path, "--output", output.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")

        let script = CLI.repositoryRoot.appendingPathComponent("Tests/Support/validate_feeds.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, output.path] + (site.hasSuffix("base URL") ? [baseURL] : [])
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
