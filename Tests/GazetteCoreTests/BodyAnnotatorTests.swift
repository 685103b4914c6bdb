import Testing
@testable import GazetteCore

@Suite("Body annotations: actor links and figure anchors")
struct BodyAnnotatorTests {
    /// The body with the first mention of each (names, href) linked, in order.
    func link(_ html: String, _ targets: [([String], String)]) -> String {
        var body = BodyAnnotator(html: html)
        for (names, href) in targets { body.linkFirstMention(of: names, href: href) }
        return body.html
    }

    let blinken = (["Blinken", "Antony Blinken"], "../../people/antony-blinken/index.html")
    let iran = (["Iran"], "../../places/iran/index.html")

    @Test("links only the first mention, preferring the longest alias at that place")
    func firstMention() {
        let html = "<p>Antony Blinken met. Blinken left.</p>"
        #expect(link(html, [blinken]) ==
                "<p><a class=\"actor-link\" href=\"../../people/antony-blinken/index.html\">Antony Blinken</a> met. Blinken left.</p>")
    }

    @Test("never links inside a word, a tag or an existing link")
    func boundaries() {
        let html = "<p><a href=\"x\">Iran</a> and Iranian <span title=\"Iran\">talks</span> with Iran.</p>"
        #expect(link(html, [iran]) ==
                "<p><a href=\"x\">Iran</a> and Iranian <span title=\"Iran\">talks</span> with <a class=\"actor-link\" href=\"../../places/iran/index.html\">Iran</a>.</p>")
    }

    @Test("matches names with escaped characters as they appear in HTML")
    func escapedNames() {
        #expect(link("<p>AT&amp;T grew.</p>", [(["AT&T"], "a.html")]) == "<p><a class=\"actor-link\" href=\"a.html\">AT&amp;T</a> grew.</p>")
    }

    @Test("leaves the body alone when no actor is mentioned")
    func noMention() {
        #expect(link("<p>Nothing here.</p>", [blinken, iran]) == "<p>Nothing here.</p>")
    }

    @Test("anchors a figure where it occurs, and an actor inside it can still be linked")
    func figureAnchor() {
        var body = BodyAnnotator(html: "<p>The Saudis gave <strong>$40 million</strong> to Iran.</p>")
        let anchored = body.wrapFirst(of: ["$40 million"], open: "<span id=\"s-3\">", close: "</span>", isLink: false)
        let absent = body.wrapFirst(of: ["£5m"], open: "<span>", close: "</span>", isLink: false)
        #expect(anchored)
        #expect(!absent)
        body.linkFirstMention(of: iran.0, href: iran.1)
        #expect(body.html == "<p>The Saudis gave <strong><span id=\"s-3\">$40 million</span></strong> to <a class=\"actor-link\" href=\"../../places/iran/index.html\">Iran</a>.</p>")
    }
}
