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
        #expect(result.stdout.hasPrefix("Built 7 articles into "))
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

    @Test("an article over the size limit is skipped with a warning naming it and the limit")
    func oversizedArticle() throws {
        let site = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let line = Array("The council met again on Monday to discuss the budget.\n".utf8)
        let bytes = [UInt8]((0..<(17 * 1_048_576 / line.count)).lazy.flatMap { _ in line })
        try Data(bytes).write(to: site.appendingPathComponent("Content/world/dump.txt"))
        let result = try CLI.run(["build", "--root", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Content/world/dump.txt: warning: article is 17.0 MB, over the limit of 16 MB; skipped"),
                "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 7 articles into "), "the other articles are built")
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

@Suite("An installed binary")
struct InstalledBinaryTests {
    /// `make install` copies the one binary; it must not need the checkout's `.build` (the data files
    /// used to load from SwiftPM's resource bundle beside the build, and a copy crashed without it).
    @Test("a copy of the binary in another folder builds a site from anywhere")
    func copiedBinaryBuilds() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("gazette-installed-\(UUID().uuidString)")
        try manager.createDirectory(at: folder.appendingPathComponent("bin"), withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let installed = folder.appendingPathComponent("bin/gazette")
        try manager.copyItem(at: CLI.binary, to: installed)
        // A SwiftPM resource bundle would be looked up by its name (and found in the checkout's `.build`,
        // hiding the problem here): the binary must not name one.
        let bytes = try Data(contentsOf: installed)
        #expect(bytes.range(of: Data(".resources".utf8)) == nil, "the binary looks for a resource bundle")
        let site = try CLI.makeSite()
        defer { try? manager.removeItem(at: site) }

        let process = Process()
        process.executableURL = installed
        process.arguments = ["build", "--root", site.path, "--quiet"]
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        let actors = try String(contentsOf: site.appendingPathComponent("Public/data/actors.json"), encoding: .utf8)
        #expect(actors.contains("Antony Blinken") && actors.contains("Time Warner"), "extraction ran with its data")
    }
}
