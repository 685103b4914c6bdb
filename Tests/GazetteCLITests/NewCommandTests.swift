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
