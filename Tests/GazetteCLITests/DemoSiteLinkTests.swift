import Foundation
import GazetteCore
import Testing

/// Builds the repository's demo site with the binary and follows every link, as a reader would.
@Suite("Demo site links")
struct DemoSiteLinkTests {
    @Test("every href and src in the demo site resolves to a file in the output, and every anchor to an id")
    func everyLinkResolves() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["build", "--root", CLI.repositoryRoot.path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")

        let files = CLI.tree(output).map { OutputFile(path: $0.key, bytes: [UInt8]($0.value)) }
        #expect(files.filter { $0.path.hasPrefix("articles/") }.count >= 41)
        let links = files.filter { $0.path.hasSuffix(".html") }
            .map { String(decoding: $0.bytes, as: UTF8.self).components(separatedBy: " href=\"").count - 1 }
            .reduce(0, +)
        #expect(links > 1000, "the site is cross-linked")
        let broken = LinkChecker.check(files)
        #expect(broken.count == 0, "\(broken.prefix(10).map(\.description))")
    }
}
