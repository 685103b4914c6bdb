import Testing
@testable import GazetteCore

@Suite("Front matter")
struct FrontMatterTests {
    let path = "Content/world/a.md"

    @Test("reads every known key")
    func readsKeys() {
        let text = """
        ---
        title: "Talks in Cairo"
        date: 2024-03-21
        author: Jane Doe
        source: Wire
        url: https://example.org/a
        tags: [diplomacy, "Middle East"]
        summary: Short.
        draft: true
        slug: cairo-talks
        people: [Antony Blinken]
        organizations: Hamas, United Nations
        places:
          - Cairo
        ---
        Body text.
        """
        let result = FrontMatterParser.parse(text, path: path)
        #expect(result.diagnostics.isEmpty)
        let meta = result.frontMatter
        #expect(meta.title == "Talks in Cairo")
        #expect(meta.date == ArticleDate(year: 2024, month: 3, day: 21))
        #expect(meta.author == "Jane Doe")
        #expect(meta.source == "Wire")
        #expect(meta.url == "https://example.org/a")
        #expect(meta.tags == ["diplomacy", "Middle East"])
        #expect(meta.summary == "Short.")
        #expect(meta.draft)
        #expect(meta.slug == "cairo-talks")
        #expect(meta.actors.map(\.name) == ["Antony Blinken", "Hamas", "United Nations", "Cairo"])
        #expect(result.body == "Body text.")
        #expect(result.bodyLine == 16)
    }

    @Test("accepts an ISO 8601 date-time")
    func isoDateTime() {
        let result = FrontMatterParser.parse("---\ndate: 2024-03-21T10:30:00Z\n---\n", path: path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.frontMatter.date == ArticleDate(year: 2024, month: 3, day: 21))
    }

    @Test("reports a malformed date at its line and column in the article file")
    func badDatePosition() {
        let result = FrontMatterParser.parse("---\ntitle: A\ndate: 2024-13-01\n---\nBody\n", path: path)
        #expect(result.diagnostics.count == 1)
        let error = result.diagnostics[0]
        #expect(error.severity == .error)
        #expect((error.line, error.column) == (3, 7))
        #expect(error.description.hasPrefix("Content/world/a.md:3:7: error: invalid date '2024-13-01'"))
    }

    @Test("reports a YAML syntax error at its position in the article file")
    func yamlSyntaxError() {
        let result = FrontMatterParser.parse("---\ntitle: A\ntags: [one, two\n---\n", path: path)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].severity == .error)
        #expect(result.diagnostics[0].line >= 3)
        #expect(result.diagnostics[0].message.hasPrefix("invalid YAML in front matter"))
    }

    @Test("warns about an unknown key with its line, suggesting the near one")
    func unknownKey() {
        let result = FrontMatterParser.parse("---\ntitle: A\nautor: B\n---\n", path: path)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].severity == .warning)
        #expect((result.diagnostics[0].line, result.diagnostics[0].column) == (3, 1))
        #expect(result.diagnostics[0].note == "did you mean 'author'?")
    }

    @Test("reports unclosed front matter with a hint")
    func unclosed() {
        let result = FrontMatterParser.parse("---\ntitle: A\nBody\n", path: path)
        #expect(result.diagnostics.map(\.message) == ["front matter is not closed"])
        #expect(result.diagnostics[0].note == "did you forget the closing '---' line?")
    }

    @Test("rejects a list where text is expected and a non-http url")
    func wrongTypes() {
        let result = FrontMatterParser.parse("---\ntitle: [a, b]\nurl: javascript:alert(1)\ndraft: maybe\n---\n", path: path)
        #expect(result.diagnostics.map(\.line) == [2, 3, 4])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test("leaves a file without front matter as all body")
    func noFrontMatter() {
        let result = FrontMatterParser.parse("# Hello\n\nText", path: path)
        #expect(result.body == "# Hello\n\nText")
        #expect(result.diagnostics.isEmpty)
    }
}
