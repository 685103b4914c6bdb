import Foundation
import Testing

@Suite("gazette build (the binary)")
struct BuildCommandTests {
    @Test("builds a site, exits 0 and says how many articles and pages it wrote")
    func success() throws {
        let site = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try CLI.run(["build", "--root", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 5 articles into "))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Public/index.html").path))
        #expect(result.stderr.contains("Content/business/profit.md: warning: slug"))
    }

    @Test("a broken article exits 1 with path:line:col on stderr and leaves Public/ as it was")
    func brokenArticle() throws {
        let site = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CLI.run(["build", "--root", site.path, "--quiet"]).status == 0)
        let before = CLI.tree(site.appendingPathComponent("Public"))

        try "---\ntitle: Broken\ndate: 2024-13-01\n---\nText.\n"
            .write(to: site.appendingPathComponent("Content/world/broken.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: [unclosed\n---\n"
            .write(to: site.appendingPathComponent("Content/business/also-broken.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--root", site.path])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2, "every error of the run is reported: \(result.stderr)")
        #expect(errors.first?.hasPrefix("Content/business/also-broken.md:") == true, "sorted by path")
        #expect(errors.last?.hasPrefix("Content/world/broken.md:3:7: error: invalid date '2024-13-01'") == true)
        #expect(CLI.tree(site.appendingPathComponent("Public")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test("a template syntax error names the template file, line and column")
    func brokenTemplate() throws {
        let site = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        try "{{#articles}}\n<p>{{title}}</p>\n"
            .write(to: site.appendingPathComponent("Templates/index.mustache"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--root", site.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Templates/index.mustache:"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path))
    }

    @Test("a bad flag exits 64", arguments: [["build", "--no-such-flag"], ["build", "--build-date", "yesterday"], ["frobnicate"]])
    func badFlag(arguments: [String]) throws {
        #expect(try CLI.run(arguments).status == 64)
    }

    @Test("--help and --version describe the tool")
    func helpAndVersion() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("build"))
        #expect(help.stdout.contains("extract"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }

    @Test("two builds in separate processes give byte-identical trees")
    func deterministic() throws {
        let site = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let first = site.appendingPathComponent("out1"), second = site.appendingPathComponent("out2")
        #expect(try CLI.run(["build", "--root", site.path, "--output", first.path], environment: ["SOURCE_DATE_EPOCH": "1711929600"]).status == 0)
        #expect(try CLI.run(["build", "--root", site.path, "--output", second.path], environment: ["SOURCE_DATE_EPOCH": "1711929600"]).status == 0)
        let a = CLI.tree(first), b = CLI.tree(second)
        #expect(a.count > 20)
        #expect(a == b)
        let home = String(decoding: a["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains("1 April 2024"), "the build date comes from SOURCE_DATE_EPOCH")
    }
}
