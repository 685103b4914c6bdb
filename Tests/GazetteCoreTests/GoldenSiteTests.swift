import Foundation
import Testing
@testable import GazetteCore

/// Builds `Tests/Fixtures/golden` with the default theme and compares every output file,
/// byte for byte, with `Tests/Fixtures/golden/Expected`. Run with `RECORD_GOLDEN=1` to
/// re-record the expected tree after an intended change (the test then fails on purpose,
/// so a recording never passes silently); review the diff of `Expected/` like code.
@Suite("Golden site")
struct GoldenSiteTests {
    @Test("the golden site builds to exactly the expected tree")
    func goldenTree() throws {
        let input = try TestSupport.input(site: TestSupport.goldenSite)
        let result = try SiteBuilder.build(input).get()
        let expectedFolder = TestSupport.goldenSite.appendingPathComponent("Expected")

        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            try SitePublisher.publish(result.files, to: expectedFolder)
            try? FileManager.default.removeItem(at: expectedFolder.deletingLastPathComponent().appendingPathComponent(".Expected.cache"))
            Issue.record("Recorded \(result.files.count) files into \(expectedFolder.path); unset RECORD_GOLDEN and run again.")
            return
        }

        let expected = TestSupport.tree(expectedFolder)
        let actual = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.bytes) })
        #expect(Set(actual.keys).subtracting(expected.keys).sorted() == [], "files the build makes that Expected/ lacks")
        #expect(Set(expected.keys).subtracting(actual.keys).sorted() == [], "files in Expected/ the build no longer makes")
        for path in actual.keys.sorted() where expected[path] != nil && expected[path] != actual[path] {
            Issue.record("\(path) differs from Expected/\(path) (RECORD_GOLDEN=1 re-records after an intended change)")
        }
    }

    @Test("the golden site's warnings name the duplicate slug and nothing else")
    func goldenWarnings() throws {
        let result = try SiteBuilder.build(try TestSupport.input(site: TestSupport.goldenSite)).get()
        #expect(result.diagnostics.map(\.description) == [
            "Content/business/profit.md: warning: slug 'ad-sales-boost-time-warner-profit' is already used; this article gets 'ad-sales-boost-time-warner-profit-2'\nContent/business/profit.md: note: set 'slug:' in the front matter to choose one",
        ])
        #expect(result.articleCount == 7, "the draft is skipped")
    }
}
