import Foundation
import Testing
@testable import GazetteCore

/// `gazette serve` shows an edited article's page at once, from the last build.
@Suite("Article preview")
struct ArticlePreviewTests {
    @Test("an edit that changes no actor previews exactly the page the rebuild makes")
    func previewMatchesRebuild() throws {
        var input = try TestSupport.input(site: TestSupport.goldenSite)
        let before = try SiteBuilder.build(input).get()
        let position = try #require(input.articles.firstIndex { $0.path.hasSuffix(".md") && !$0.path.contains("draft") })
        let edited = SourceFile(path: input.articles[position].path,
                                bytes: input.articles[position].bytes + Array("\nThe closing line of an edit, with no names in it.\n".utf8))
        let preview = try #require(ArticlePreview(after: before).render(edited))
        #expect(String(decoding: preview.bytes, as: UTF8.self).contains("The closing line of an edit"))

        input.articles[position] = edited
        let after = try SiteBuilder.build(input).get()
        #expect(after.files.first { $0.path == preview.path }?.bytes == preview.bytes)
    }

    @Test("a file that is not an article of the last build, or no longer parses, gets no preview")
    func noPreview() throws {
        let build = try SiteBuilder.build(try TestSupport.input(site: TestSupport.goldenSite)).get()
        #expect(ArticlePreview(after: build).render(SourceFile(path: "Content/world/new.md", bytes: Array("# New\n\nText.\n".utf8))) == nil)
        let path = try #require(build.articlePaths.first { $0.hasSuffix(".md") })
        #expect(ArticlePreview(after: build).render(SourceFile(path: path, bytes: Array("---\ntitle: [unclosed\n---\n".utf8))) == nil)
    }

    @Test("the server serves a preview until the next build, and open pages learn of it")
    func serverPreview() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles/a"), withIntermediateDirectories: true)
        try Data("<body>old</body>".utf8).write(to: folder.appendingPathComponent("articles/a/index.html"))
        let server = DevServer(folder: folder)
        #expect(String(decoding: server.respond(to: "/__gazette/status").body, as: UTF8.self).contains("\"generation\":0"))
        server.showPreview([OutputFile(path: "articles/a/index.html", text: "<body>new</body>")])
        #expect(String(decoding: server.respond(to: "/__gazette/status").body, as: UTF8.self).contains("\"generation\":1"))
        #expect(String(decoding: server.respond(to: "/articles/a/index.html").body, as: UTF8.self).contains("new"))
        server.buildFinished(error: nil)
        #expect(String(decoding: server.respond(to: "/articles/a/").body, as: UTF8.self).contains("old"), "the build's file again")
    }
}
