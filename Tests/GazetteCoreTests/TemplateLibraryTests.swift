import Testing
@testable import GazetteCore

@Suite("Templates")
struct TemplateLibraryTests {
    /// The smallest complete set of page templates.
    static func minimal() -> [String: String] {
        Dictionary(uniqueKeysWithValues: TemplateLibrary.pageTemplates.map { ($0, "<p>{{page.title}}</p>") })
    }

    @Test("renders a page template with escaped variables")
    func renders() throws {
        var sources = Self.minimal()
        sources["index"] = "<h1>{{title}}</h1>{{{html}}}"
        let library = try TemplateLibrary.load(sources).get()
        #expect(String(decoding: library.render("index", ["title": "<b>x</b>", "html": "<i>y</i>"]), as: UTF8.self) == "<h1>&lt;b&gt;x&lt;/b&gt;</h1><i>y</i>")
    }

    @Test("reports a Mustache syntax error with the template's path, line and column")
    func syntaxError() {
        var sources = Self.minimal()
        sources["article"] = "<main>\n  {{#article}}\n  <h1>{{title}}</h1>\n  {{/articles}}\n</main>"
        guard case .failure(let failure) = TemplateLibrary.load(sources) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.count == 1)
        let error = failure.diagnostics[0]
        #expect(error.path == "Templates/article.mustache")
        #expect(error.line == 4)
        #expect(error.column > 1)
        #expect(error.message == "closing tag does not match the open section")
    }

    @Test("reports a missing page template")
    func missingTemplate() {
        var sources = Self.minimal()
        sources["actor"] = nil
        guard case .failure(let failure) = TemplateLibrary.load(sources) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.description).first?.hasPrefix("Templates/actor.mustache: error: missing template") == true)
    }

    @Test("reports a partial that does not exist where it is used")
    func missingPartial() {
        var sources = Self.minimal()
        sources["index"] = "<main>\n{{> card}}\n</main>"
        guard case .failure(let failure) = TemplateLibrary.load(sources) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "Templates/index.mustache:2:1: error: template 'card' is used here but Templates/card.mustache does not exist",
        ])
    }
}
