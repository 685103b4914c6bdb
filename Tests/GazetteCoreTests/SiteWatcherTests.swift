import Foundation
import Testing
@testable import GazetteCore

@Suite("Site watcher")
struct SiteWatcherTests {
    @Test("an edited article changes the fingerprint; an editor's hidden temporary file does not")
    func fingerprint() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("Content/notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        let article = notes.appendingPathComponent("a.md")
        try "# A\n\nOne line.\n".write(to: article, atomically: false, encoding: .utf8)
        let watcher = SiteWatcher(root: root)
        let start = watcher.fingerprint()

        try "swap".write(to: notes.appendingPathComponent(".a.md.swp"), atomically: false, encoding: .utf8)
        #expect(watcher.fingerprint() == start)

        try "# A\n\nOne line, edited.\n".write(to: article, atomically: false, encoding: .utf8)
        #expect(watcher.fingerprint() != start)
    }
}
