import Foundation
import Testing

/// Builds the repository's demo site and follows every link, as a reader would.
@Suite("Demo site links")
struct DemoSiteLinkTests {
    @Test("every href and src in the demo site resolves to a file in the output")
    func everyLinkResolves() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["build", "--root", CLI.repositoryRoot.path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")

        let files = CLI.tree(output)
        #expect(files.keys.filter { $0.hasPrefix("articles/") }.count >= 41)
        var checked = 0
        var broken: [String] = []
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let folder = (path as NSString).deletingLastPathComponent
            for link in Self.links(in: html) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                var target = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                if target.isEmpty { continue }  // an anchor on the same page
                if target.hasSuffix("/") { target += "index.html" }
                checked += 1
                guard let resolved = Self.resolve(target, from: folder), files[resolved] != nil else {
                    broken.append("\(path): \(link)")
                    continue
                }
            }
        }
        #expect(checked > 500, "the parser found the links")
        #expect(broken.count == 0, "broken links: \(broken.prefix(10))")
    }

    /// The output-relative path a relative link leads to, or nil when it leaves the output.
    static func resolve(_ link: String, from folder: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for part in link.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Values of href="..." and src="..." attributes.
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return links
    }
}
