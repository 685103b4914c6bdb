import Foundation
import Testing
@testable import GazetteCore

/// The build cache and incremental publishing: a rebuild reuses what it can and must
/// still give exactly the site a clean build gives; a cache it cannot trust is ignored.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A copy of the golden site with the default theme, in a temporary folder.
    static func makeSite() throws -> URL {
        let site = try TestSupport.temporaryDirectory()
        let manager = FileManager.default
        for name in ["Content", "site.yml"] {
            try manager.copyItem(at: TestSupport.goldenSite.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        try manager.copyItem(at: TestSupport.defaultTheme, to: site.appendingPathComponent("Templates"))
        return site
    }

    static func build(_ site: URL, output: String = "Public") throws -> BuildResult {
        try SitePipeline.run(BuildOptions(root: site, output: site.appendingPathComponent(output))).get()
    }

    /// The tree a build with no cache makes of the same site.
    static func cleanTree(_ site: URL) throws -> [String: [UInt8]] {
        let output = "Clean-\(UUID().uuidString)"
        _ = try build(site, output: output)
        defer {
            try? FileManager.default.removeItem(at: site.appendingPathComponent(output))
            try? FileManager.default.removeItem(at: site.appendingPathComponent(".\(output).cache"))
        }
        return TestSupport.tree(site.appendingPathComponent(output))
    }

    static func append(_ text: String, to path: String, in site: URL) throws {
        let url = site.appendingPathComponent(path)
        let old = try String(contentsOf: url, encoding: .utf8)
        try (old + text).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Modification times of every file of the output, by path.
    static func times(_ folder: URL) -> [String: Date] {
        var times: [String: Date] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            times[path] = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path))?[.modificationDate] as? Date
        }
        return times
    }

    @Test("a rebuild with nothing changed takes every article from the cache and writes no file")
    func nothingChanged() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try Self.build(site)
        #expect(first.cachedArticles == 0)
        let public_ = site.appendingPathComponent("Public")
        let before = Self.times(public_)
        let second = try Self.build(site)
        #expect(second.cachedArticles == 8, "the seven articles and the draft come from the cache")
        #expect(second.published?.written == 0)
        #expect(second.published?.removed == 0)
        #expect(Self.times(public_) == before, "no file was touched")
    }

    @Test("after edits, additions, removals and a template change, a rebuild equals a clean build")
    func editsMatchCleanBuild() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.build(site)
        let public_ = site.appendingPathComponent("Public")

        try Self.append("\nHamas said talks in Cairo would resume, and 40 officials met Antony Blinken.\n",
                        to: "Content/business/profit.md", in: site)
        var result = try Self.build(site)
        #expect(result.cachedArticles == 7, "only the edited article is extracted again")
        #expect((result.published?.written ?? 0) > 0)
        #expect(TestSupport.tree(public_) == (try Self.cleanTree(site)))

        let articles = site.appendingPathComponent("Content")
        let removed = try FileManager.default.subpathsOfDirectory(atPath: articles.path).sorted()
            .first { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        try FileManager.default.removeItem(at: articles.appendingPathComponent(try #require(removed)))
        try "---\ntitle: A new article on Hamas\ndate: 2024-03-30\n---\nHamas met Antony Blinken in Cairo on Monday.\n"
            .write(to: articles.appendingPathComponent("world/new.md"), atomically: true, encoding: .utf8)
        result = try Self.build(site)
        #expect((result.published?.removed ?? 0) > 0, "the removed article's pages are gone")
        #expect(TestSupport.tree(public_) == (try Self.cleanTree(site)))

        try Self.append("\n<!-- restyled -->\n", to: "Templates/footer.mustache", in: site)
        result = try Self.build(site)
        #expect(result.cachedArticles == 8, "a template change extracts nothing again")
        #expect(TestSupport.tree(public_) == (try Self.cleanTree(site)))
    }

    @Test("an edit that changes an actor's digest rewrites the first page of its listing, not the later ones")
    func actorDigestOnFirstPageOnly() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        try "title: Golden Gazette\npage_size: 1\n".write(to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        _ = try Self.build(site)
        let listing = site.appendingPathComponent("Public/people/antony-blinken")
        let first = listing.appendingPathComponent("index.html"), second = listing.appendingPathComponent("page/2/index.html")
        let firstBefore = try String(contentsOf: first, encoding: .utf8)
        let secondBefore = try String(contentsOf: second, encoding: .utf8)
        #expect(firstBefore.contains("Appears with") && !secondBefore.contains("Appears with"), "the digest is on page 1 only")
        #expect(secondBefore.contains("Antony Blinken"), "later pages still name the actor")

        try Self.append("\nAntony Blinken said the talks would go on in Doha.\n", to: "Content/world/cairo-talks.md", in: site)
        let secondTime = Self.times(listing)["page/2/index.html"]
        _ = try Self.build(site)
        #expect(try String(contentsOf: first, encoding: .utf8) != firstBefore, "one more mention changes the digest")
        #expect(Self.times(listing)["page/2/index.html"] == secondTime, "page 2 is not written again")
        #expect(TestSupport.tree(site.appendingPathComponent("Public")) == (try Self.cleanTree(site)))
    }

    @Test("a damaged, foreign or stale cache is ignored, never trusted", arguments: ["truncate", "garble", "foreign", "settings"])
    func untrustedCache(damage: String) throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.build(site)
        let cache = site.appendingPathComponent(".Public.cache")
        let shards = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("articles").path)
            .map { cache.appendingPathComponent("articles/" + $0) }
        #expect(!shards.isEmpty)
        for shard in shards {
            var bytes = [UInt8](try Data(contentsOf: shard))
            switch damage {
            case "truncate": bytes.removeLast(bytes.count / 3)
            case "garble": for index in stride(from: 40, to: bytes.count, by: 97) { bytes[index] ^= 0x5A }
            case "foreign":
                if let start = bytes.firstRange(of: Array(AnalysisCache.toolIdentity.utf8))?.lowerBound { bytes[start] ^= 1 }
            default: break
            }
            try Data(bytes).write(to: shard)
        }
        switch damage {
        case "truncate":
            let manifest = cache.appendingPathComponent("manifest")
            try Data([UInt8](try Data(contentsOf: manifest)).dropLast(7)).write(to: manifest)
        case "settings": try Self.append("\nsummary_sentences: 2\n", to: "site.yml", in: site)
        default: break
        }
        // Output edited by hand since the last build: the record must not vouch for it.
        try Data("stale".utf8).write(to: site.appendingPathComponent("Public/index.html"))
        let result = try Self.build(site)
        #expect(result.cachedArticles == 0, "every damaged shard is a miss: its checksum no longer matches")
        #expect(TestSupport.tree(site.appendingPathComponent("Public")) == (try Self.cleanTree(site)))
    }

    @Test("a publish killed after it began moving files is rolled back by the next build")
    func killedPublishRollsBack() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.build(site)
        let public_ = site.appendingPathComponent("Public")
        let before = TestSupport.tree(public_)
        let folders = CacheFolders(output: public_.standardizedFileURL)

        // What `PublishJournal.apply` leaves when killed mid-way: the record set aside, the
        // plan written, one old file moved to the backup and its new version moved in, one
        // new file moved in, one removed file gone to the backup.
        let manager = FileManager.default
        let journal = folders.journal, backup = journal.appendingPathComponent("backup")
        try manager.createDirectory(at: backup, withIntermediateDirectories: true)
        try manager.moveItem(at: folders.manifest, to: journal.appendingPathComponent("manifest.old"))
        try PublishJournal.writeAtomically(PublishJournal.Plan(changed: ["index.html"], added: ["new/index.html"],
                                                               removed: ["search/index.html"]).serialized(),
                                           to: journal.appendingPathComponent("plan"))
        try manager.moveItem(at: public_.appendingPathComponent("index.html"), to: backup.appendingPathComponent("index.html"))
        try Data("new front page".utf8).write(to: public_.appendingPathComponent("index.html"))
        try manager.createDirectory(at: public_.appendingPathComponent("new"), withIntermediateDirectories: true)
        try Data("new page".utf8).write(to: public_.appendingPathComponent("new/index.html"))
        try manager.createDirectory(at: backup.appendingPathComponent("search"), withIntermediateDirectories: true)
        try manager.moveItem(at: public_.appendingPathComponent("search/index.html"), to: backup.appendingPathComponent("search/index.html"))

        _ = try SiteWriter(output: public_)
        #expect(TestSupport.tree(public_) == before, "the output is as it was before the killed build")
        #expect(!manager.fileExists(atPath: journal.path))
        #expect(OutputManifest.read(folders.manifest) != nil, "the old record is back")
        let result = try Self.build(site)
        #expect(result.published?.written == 0, "and it still describes the output exactly")
    }
}

@Suite("Output paths")
struct OutputPathTests {
    @Test("only relative paths without . or .. components are written", arguments: [
        ("a/b.html", true), ("a/..b/c", true), ("a//b", true), ("...", true), ("", false), ("/etc/passwd", false),
        ("../x", false), ("a/../b", false), ("a/..", false), ("./x", false), ("a/./b", false), ("a/.", false), ("..", false),
    ])
    func safety(path: String, safe: Bool) {
        #expect(SitePublisher.isSafe(path) == safe)
    }
}
