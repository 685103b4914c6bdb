import Foundation
import Testing

@Suite("gazette new")
struct NewCommandTests {
    @Test("creates a site that builds at once, twice identically (--verify)")
    func newSiteBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try CLI.run(["new", folder.path])
        #expect(created.status == 0, "\(created.stderr)")
        for path in ["site.yml", "Templates/layout.mustache", "Templates/assets/style.css", "Content/news/welcome.md"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }
        let build = try CLI.run(["build", "--root", folder.path, "--verify"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Built 1 articles"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Public/articles/welcome-to-your-gazette/index.html").path))
    }

    @Test("refuses a folder that is not empty")
    func refusesNonEmpty() throws {
        let folder = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["new", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: folder exists and is not empty"))
    }
}

@Suite("gazette check (the binary)")
struct CheckCommandTests {
    @Test("exits 0 on a clean site and 1 with path:line when a template uses an unknown variable")
    func checkExitStatus() throws {
        let site = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let clean = try CLI.run(["check", "--root", site.path])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("0 errors"))

        let footer = site.appendingPathComponent("Templates/footer.mustache")
        try (try String(contentsOf: footer, encoding: .utf8) + "<p>{{site.tagline}}</p>\n").write(to: footer, atomically: true, encoding: .utf8)
        let broken = try CLI.run(["check", "--root", site.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("Templates/footer.mustache:5:1: error: unknown variable 'tagline'"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Public").path), "check writes nothing")
    }
}
