import Foundation
import GazetteExtraction
@testable import GazetteCore

/// The parsers that read bytes a user (or a scraped page, or a browser) hands to Gazette, each as
/// a fuzz target: it takes any bytes, must not crash, hang or trip the address sanitizer, and
/// checks the promises its stage makes to the next one (`expect`).
///
/// `make fuzz` runs each target under libFuzzer; `gazette-fuzz replay Tests/Fuzz` runs the seeds
/// and every input that once failed, as a regression test, in the normal build.
enum FuzzTarget: String, CaseIterable {
    case frontMatter = "front-matter"
    case plainText = "plain-text"
    case markdownBody = "markdown-body"
    case sentences
    case figures
    case actors
    case aliasFile = "actors-yml"
    case siteConfig = "site-yml"
    case serveRequest = "serve-request"

    func run(_ bytes: [UInt8]) {
        let text = TextDecoding.decode(bytes).text
        switch self {
        case .frontMatter: Self.frontMatter(text)
        case .plainText: Self.plainText(text)
        case .markdownBody: Self.markdownBody(bytes)
        case .sentences: _ = Self.sentences(text)
        case .figures: Self.figures(text)
        case .actors: Self.actors(text)
        case .aliasFile: Self.diagnosticsArePlaced(AliasFile.parse(text).1, in: text)
        case .siteConfig: Self.siteConfig(text)
        case .serveRequest: Self.serveRequest(text)
        }
    }

    /// Stops the process with `message` when a promise is broken: libFuzzer records the input.
    static func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant broken: \(message())") }
    }

    private static func frontMatter(_ text: String) {
        let parsed = FrontMatterParser.parse(text, path: "Content/fuzz.md")
        diagnosticsArePlaced(parsed.diagnostics, in: text)
        if let slug = parsed.frontMatter.slug { expect(!slug.contains("/") && !slug.contains(".."), "slug \(slug) escapes its folder") }
    }

    private static func plainText(_ text: String) {
        let parsed = PlainTextParser.parse(text)
        expect(!parsed.paragraphs.contains { $0.allSatisfy(\.isWhitespace) }, "a blank paragraph was kept")
    }

    /// The whole path of a Markdown article: front matter, cmark, analysis, body HTML, actor links
    /// and figure anchors. Article text is untrusted: no script may come out of it.
    private static func markdownBody(_ bytes: [UInt8]) {
        let parsed = ArticleParser.parse(SourceFile(path: "Content/news/fuzz.md", bytes: bytes))
        diagnosticsArePlaced(parsed.diagnostics, in: TextDecoding.decode(bytes).text)
        guard let article = parsed.article else { return }
        expect(!article.slug.contains("/") && !article.slug.hasPrefix("."), "slug \(article.slug) escapes its folder")
        let analysed = AnalysedArticle.analyse(article, config: SiteConfig())
        var requests = analysed.digest.keyFigures.map {
            BodyAnnotator.Request(phrases: [$0.text], open: "<span id=\"s-\($0.sentence)\">", close: "</span>", isLink: false)
        }
        requests += analysed.digest.actors.map { .link([$0.name] + $0.aliases, href: "/actors/\($0.name)/") }
        let (html, found) = BodyAnnotator.annotate(BodyRenderer.html(analysed, config: SiteConfig()), requests)
        expect(found.count == requests.count, "one answer per request")
        let links = html.components(separatedBy: "<a class=\"actor-link\"").count - 1
        expect(links == zip(requests, found).filter { $0.0.isLink && $0.1 }.count, "one link per actor found")
        let lowered = html.lowercased()
        expect(!lowered.contains("<script") && !lowered.contains("href=\"javascript:"), "live script in the body")
    }

    /// Sentences lie inside their paragraph, in order, without overlap, and within the length cap.
    private static func sentences(_ text: String) -> [Sentence] {
        let paragraphs = text.components(separatedBy: "\n\n")
        let sentences = SentenceSplitter.split(paragraphs: paragraphs)
        var previous: (paragraph: Int, end: Int) = (-1, 0)
        for (index, sentence) in sentences.enumerated() {
            expect(sentence.index == index, "sentence \(index) is numbered \(sentence.index)")
            expect(sentence.paragraph >= previous.paragraph && sentence.paragraph < paragraphs.count, "paragraph out of order")
            let range = sentence.utf8Range
            expect(range.upperBound <= paragraphs[sentence.paragraph].utf8.count, "sentence past its paragraph's end")
            expect(sentence.paragraph > previous.paragraph || range.lowerBound >= previous.end, "sentences overlap")
            expect(range.count <= SentenceSplitter.maxSentenceBytes + 4, "sentence of \(range.count) bytes")
            previous = (sentence.paragraph, range.upperBound)
        }
        return sentences
    }

    private static func figures(_ text: String) {
        let sentences = SentenceSplitter.split(paragraphs: text.components(separatedBy: "\n\n"))
        let figures = FigureExtractor.extract(from: sentences)
        for figure in figures {
            expect(sentences.indices.contains(figure.sentence), "figure in sentence \(figure.sentence) of \(sentences.count)")
            expect(figure.value.isFinite && !figure.text.isEmpty, "figure \(figure.text) = \(figure.value)")
        }
        _ = FigureRanker.keyFigures(figures, sentences: sentences)
    }

    private static func actors(_ text: String) {
        let title = text.prefix { $0 != "\n" }
        let sentences = SentenceSplitter.split(paragraphs: text.components(separatedBy: "\n\n"))
        for actor in ActorExtractor.shared.extract(title: String(title), sentences: sentences) {
            expect(!actor.name.isEmpty && actor.name == actor.name.trimmingCharacters(in: .whitespacesAndNewlines),
                   "actor name '\(actor.name)'")
            expect(actor.mentions > 0, "actor \(actor.name) without a mention")
        }
    }

    private static func siteConfig(_ text: String) {
        let (config, diagnostics) = SiteConfig.parse(text)
        diagnosticsArePlaced(diagnostics, in: text)
        expect(config.pageSize > 0 && config.summarySentences > 0, "page size \(config.pageSize)")
    }

    /// A request head as a browser (or an attacker) sends it, to a server over a small site that
    /// holds a symbolic link out of it: nothing outside the folder is served, no header is split.
    private static func serveRequest(_ text: String) {
        let response = ServedSite.server.respond(toHead: text)
        expect(["200", "301", "400", "404", "405"].contains(String(response.status.prefix(3))), "status \(response.status)")
        expect(!String(decoding: response.body, as: UTF8.self).contains(ServedSite.secret), "served a file outside the site")
        if let location = response.location { expect(!location.contains("\r") && !location.contains("\n"), "header split") }
        if let target = text.split(separator: " ").dropFirst().first, let relative = RequestPath.resolve(String(target)) {
            expect(!relative.hasPrefix("/") && !relative.split(separator: "/").contains(".."), "path \(relative) leaves the site")
        }
    }

    /// Diagnostics point at a place in the file (line 0 is the whole file), so an editor can jump there.
    private static func diagnosticsArePlaced(_ diagnostics: [Diagnostic], in text: String) {
        let lines = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        for diagnostic in diagnostics {
            expect((0...lines + 1).contains(diagnostic.line) && diagnostic.column >= 0, "diagnostic at \(diagnostic) in \(lines) lines")
        }
    }
}

/// The folder `serve-request` serves: two pages, a 404 page and a symbolic link to a file outside.
enum ServedSite {
    static let secret = "SECRET-OUTSIDE-THE-SITE"

    /// Removed by `gazette-fuzz replay` when it ends; a fuzzing run leaves it in the temporary folder.
    static let base = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-fuzz-\(getpid())")

    static let server: DevServer = {
        let site = base.appendingPathComponent("site")
        let files = ["index.html": "<html><body>home</body></html>", "articles/a/index.html": "<html><body>a</body></html>",
                     "404.html": "<html><body>missing</body></html>", "style.css": "body{}"]
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
        }
        try? Data(secret.utf8).write(to: base.appendingPathComponent("secret.txt"))
        try? FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("leak.txt").path,
                                                    withDestinationPath: base.appendingPathComponent("secret.txt").path)
        return DevServer(folder: site)
    }()
}
