import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a person would see: the demo site served by `gazette serve` on loopback and loaded in
/// headless Chromium (Debian's `chromium`). Screenshots are kept in Tests/Output/browser/ (ignored by git).
/// Skipped, saying why, only when no Chromium is installed.
@Suite("Browser", .serialized, .enabled(if: Chromium.binary != nil,
    "no chromium on PATH (`make test-deps` installs Debian's chromium; set CHROMIUM to use another): browser tests skipped"))
struct BrowserTests {
    /// Facts of the demo content the pages must show: an article and one of its actors.
    static let actorName = "Alan Greenspan"
    static let actorPath = "/people/alan-greenspan/"
    static let articleTitle = "Dollar gains on Greenspan speech"
    static let articlePath = "/articles/dollar-gains-on-greenspan-speech/"

    static let pages: [(name: String, path: String, heading: String)] = [
        ("front", "/", "Gazette Demo"),
        ("article", articlePath, articleTitle),
        ("actor", actorPath, actorName),
        ("search", "/search/", "Search"),
        ("charts-actor", "/places/united-states/", "United States"),
        ("charts-graph", "/actors/graph/", "The web of actors"),
        ("charts-archive", "/archive/", "Archive"),
    ]

    @Test("front, article, actor, search and chart pages show text at desktop and phone widths, with no console errors")
    func pagesRender() throws {
        let server = try DemoServer.start()
        for page in Self.pages {
            let url = server.url(page.path)
            let dom = try Chromium.run(["--dump-dom", url])
            #expect(dom.status == 0, "\(page.name): \(dom.stderr.suffix(2_000))")
            #expect(dom.stdout.contains(page.heading), "\(page.name) does not show '\(page.heading)'")
            if page.name.hasPrefix("charts") || page.name == "front" {
                #expect(dom.stdout.contains("<svg class=\"chart "), "\(page.name) shows no chart")
            }
            #expect(Chromium.consoleErrors(dom.stderr).isEmpty, "\(page.name): \(Chromium.consoleErrors(dom.stderr))")
            for asset in Self.assets(in: dom.stdout, of: page.path) {
                #expect(try HTTP.get(server.port, asset).status == 200, "\(page.name) loads \(asset), which is missing")
            }
            for (width, height) in [(1280, 900), (320, 1400)] {
                let png = Chromium.outputFolder.appendingPathComponent("\(page.name)-\(width).png")
                let shot = try Chromium.screenshot(url, to: png, width: width, height: height)
                #expect(Chromium.consoleErrors(shot.stderr).isEmpty, "\(page.name): \(Chromium.consoleErrors(shot.stderr))")
                let stats = try PNGStats.read(png)
                #expect(stats.width == width && stats.height == height, "\(png.lastPathComponent): \(stats)")
                #expect(stats.looksLikeText, "\(png.lastPathComponent) looks blank: \(stats)")
            }
        }
        let probe = try Chromium.run(["--virtual-time-budget=10000", "--dump-dom",
                                      server.url("/layout-probe.html?" + Self.pages.map(\.path).joined(separator: ","))])
        let lines = probe.stdout.split(separator: "\n").filter { $0.contains("page ") && $0.contains(" overflowing ") }
        #expect(lines.count == Self.pages.count, "the layout probe reported \(lines.count) pages: \(probe.stdout.suffix(1_000))")
        for line in lines { #expect(line.hasSuffix("overflowing none"), "at 320 px wide: \(line)") }
    }

    @Test("searching for a known actor lists the article that names them")
    func searchFindsActor() throws {
        let server = try DemoServer.start()
        let everything = try HTTP.get(server.port, "/search/index.html").body
        let query = Self.actorName.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
        let result = try Chromium.run(["--dump-dom", server.url("/search/index.html?q=\(query)")])
        #expect(result.status == 0, "\(result.stderr.suffix(2_000))")
        #expect(Chromium.consoleErrors(result.stderr).isEmpty, "\(Chromium.consoleErrors(result.stderr))")
        let status = Self.element(id: "search-status", in: result.stdout)
        let list = Self.element(id: "search-results", in: result.stdout)
        #expect(status.contains("for \u{201C}\(Self.actorName)\u{201D}"), "status line: \(status)")
        #expect(list.contains(Self.articlePath.dropFirst()), "results: \(list)")
        #expect(list.contains(Self.actorName), "the results do not name \(Self.actorName): \(list)")
        let shown = list.components(separatedBy: "<li>").count - 1
        let all = Self.element(id: "search-results", in: everything).components(separatedBy: "<li>").count - 1
        #expect(shown >= 1 && shown < all, "the script showed \(shown) of \(all) articles: did it filter?")
        let png = Chromium.outputFolder.appendingPathComponent("search-results-1280.png")
        _ = try Chromium.screenshot(server.url("/search/index.html?q=\(query)"), to: png, width: 1280, height: 900)
        #expect(try PNGStats.read(png).looksLikeText)
    }

    @Test("a blank page fails the text check, so a pass above means something")
    func blankPageLooksBlank() throws {
        let png = Chromium.outputFolder.appendingPathComponent("blank-control.png")
        _ = try Chromium.screenshot("about:blank", to: png, width: 320, height: 400)
        let stats = try PNGStats.read(png)
        #expect(stats.colours == 1 && !stats.looksLikeText, "\(stats)")
    }

    /// The inner HTML of the element with `id` (up to its first closing tag of the same name).
    static func element(id: String, in html: String) -> String {
        guard let open = html.range(of: "id=\"\(id)\""), let start = html[open.upperBound...].range(of: ">") else { return "" }
        let tag = html[..<open.lowerBound].split(separator: "<").last?.split(separator: " ").first.map(String.init) ?? "div"
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</\(tag)>")?.lowerBound ?? rest.endIndex)])
    }

    /// Site-local stylesheets and scripts the page references, as absolute paths.
    static func assets(in html: String, of page: String) -> [String] {
        let base = URL(string: "http://127.0.0.1" + page)
        return html.matches(of: #/<(?:link rel="stylesheet"|script)[^>]*?\s(?:href|src)="([^"]+)"/#).compactMap { match in
            guard let url = URL(string: String(match.output.1), relativeTo: base), url.host == "127.0.0.1" else { return nil }
            return url.path
        }
    }
}

/// A copy of the demo site (Content/, Templates/, site.yml) served by `gazette serve`, with the
/// layout probe page added to its output.
enum DemoServer {
    static func start() throws -> ServedSite {
        let manager = FileManager.default
        let site = manager.temporaryDirectory.appendingPathComponent("gazette-browser-\(UUID().uuidString)")
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        for name in ["Content", "Templates", "site.yml"] {
            try manager.copyItem(at: CLI.repositoryRoot.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        let server = try ServedSite(site, waitSeconds: 120)
        guard (try? HTTP.get(server.port, "/index.html"))?.status == 200 else { throw CocoaError(.fileReadUnknown) }
        try manager.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Tests/Support/layout-probe.html"),
                             to: site.appendingPathComponent("Public/layout-probe.html"))
        return server
    }
}

/// Headless Chromium, run once per page with a throwaway profile.
enum Chromium {
    static let binary: URL? = ProcessInfo.processInfo.environment["CHROMIUM"]
        .flatMap { FileManager.default.isExecutableFile(atPath: $0) ? URL(fileURLWithPath: $0) : nil }
        ?? ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(ExternalTool.find).first

    static let outputFolder: URL = {
        let folder = CLI.repositoryRoot.appendingPathComponent("Tests/Output/browser")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func run(_ arguments: [String]) throws -> ExternalTool.Output {
        let binary = try #require(binary)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let common = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                      "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0"]
        return try ExternalTool.run(binary, common + arguments, timeout: 90)
    }

    static func screenshot(_ url: String, to png: URL, width: Int, height: Int) throws -> ExternalTool.Output {
        try? FileManager.default.removeItem(at: png)
        return try run(["--window-size=\(width),\(height)", "--screenshot=\(png.path)", url])
    }

    /// The page's console messages and uncaught exceptions in Chromium's log. Gazette's pages log nothing,
    /// so any console line is a fault.
    static func consoleErrors(_ log: String) -> [String] {
        log.split(separator: "\n").filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }.map(String.init)
    }
}

/// Facts about a screenshot from Tests/Support/png_stats.py (a small zlib PNG decoder).
struct PNGStats: Decodable, CustomStringConvertible {
    var width: Int
    var height: Int
    var colours: Int
    var ink: Double
    var bytes = 0

    enum CodingKeys: String, CodingKey { case width, height, colours, ink }

    /// Text is anti-aliased: many distinct colours, and a share of pixels off the background colour.
    var looksLikeText: Bool { colours >= 16 && ink >= 0.01 && bytes >= 5_000 }
    var description: String { "\(width)x\(height), \(colours) colours, ink \(ink), \(bytes) bytes" }

    static func read(_ png: URL) throws -> PNGStats {
        let data = try Data(contentsOf: png)
        try #require(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(png.lastPathComponent) is not a PNG")
        let python = try #require(ExternalTool.find("python3"), "python3 is missing")
        let script = CLI.repositoryRoot.appendingPathComponent("Tests/Support/png_stats.py").path
        let result = try ExternalTool.run(python, [script, png.path])
        try #require(result.status == 0, "png_stats.py: \(result.stderr)")
        var stats = try JSONDecoder().decode(PNGStats.self, from: Data(result.stdout.utf8))
        stats.bytes = data.count
        return stats
    }
}
