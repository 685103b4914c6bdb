import Foundation
@testable import GazetteCore

/// Paths and helpers shared by tests that build whole sites.
enum TestSupport {
    /// The repository root, found from this file's path (tests never use the working directory).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let goldenSite = repositoryRoot.appendingPathComponent("Tests/Fixtures/golden")
    static let defaultTheme = repositoryRoot.appendingPathComponent("Templates")

    /// A fresh temporary directory, unique to the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reads `site` with the default theme: the golden site keeps no theme of its own.
    static func input(site: URL, buildDate: ArticleDate? = ArticleDate(year: 2024, month: 4, day: 1)) throws -> SiteInput {
        var input = try SiteReader.read(root: site, templatesFolder: defaultTheme, buildDate: buildDate, includeDrafts: false).get()
        input.buildDate = buildDate
        return input
    }

    /// Every regular file under `folder` as relative path → bytes.
    static func tree(_ folder: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = FileManager.default.contents(atPath: url.path) {
                files[path] = [UInt8](data)
            }
        }
        return files
    }
}
