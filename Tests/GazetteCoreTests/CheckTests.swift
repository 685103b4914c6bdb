import Foundation
import Testing
@testable import GazetteCore

@Suite("gazette check")
struct CheckTests {
    @Test("finds a broken link and a broken anchor, with their lines")
    func brokenLinks() {
        let files = [
            OutputFile(path: "index.html", text: "<p>\n<a href=\"articles/a/index.html\">ok</a>\n<a href=\"articles/b/index.html\">gone</a>\n<a href=\"articles/a/index.html#s-9\">x</a> <a href=\"#top\">top</a></p>"),
            OutputFile(path: "articles/a/index.html", text: "<p id=\"s-1\"><a href=\"../../index.html\">home</a> <a href=\"https://example.org\">out</a></p>"),
        ]
        #expect(LinkChecker.check(files).map(\.description) == [
            "Public/index.html:3:1: error: broken link 'articles/b/index.html': no such file in the site",
            "Public/index.html:4:1: error: broken anchor 'articles/a/index.html#s-9': no id 's-9' on articles/a/index.html",
            "Public/index.html:4:1: error: broken anchor '#top': no id 'top' on index.html",
        ])
    }

    @Test("reports a template variable no page provides, and accepts the documented ones")
    func unknownVariable() {
        let diagnostics = TemplateVariableChecker.check(
            templates: ["card": "<h2>{{title}}</h2>\n{{#article}}{{{body}}}{{/article}}\n<p>{{authr}}</p>{{> meta}}{{! note }}{{#summary}}{{.}}{{/summary}}"],
            knownKeys: TemplateVariables.known)
        #expect(diagnostics.map(\.description).first?.hasPrefix("Templates/card.mustache:3:1: error: unknown variable 'authr'") == true)
        #expect(diagnostics.count == 1)
    }

    @Test("the documented variables are exactly those the renderer provides on the golden site, and the README names them")
    func variablesMatchRenderer() throws {
        let recorder = ContextKeyRecorder()
        _ = try SiteBuilder.build(try TestSupport.input(site: TestSupport.goldenSite), recorder: recorder).get()
        let undocumented = recorder.recordedKeys.subtracting(TemplateVariables.known)
        #expect(undocumented.isEmpty, "provided but not in TemplateVariables.known: \(undocumented.sorted())")
        let readme = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = TemplateVariables.known.filter { !readme.contains($0) }
        #expect(missing.isEmpty, "not documented in the README: \(missing.sorted())")
    }

    @Test("the golden site and the default theme check clean")
    func goldenSiteIsClean() throws {
        let diagnostics = SiteChecker.check(try TestSupport.input(site: TestSupport.goldenSite))
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    }
}
