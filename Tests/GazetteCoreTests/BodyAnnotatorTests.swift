import Testing
@testable import GazetteCore

@Suite("Body annotations: actor links and figure anchors")
struct BodyAnnotatorTests {
    /// The body with the first mention of each (names, href) linked, in order.
    func link(_ html: String, _ targets: [([String], String)]) -> String {
        BodyAnnotator.annotate(html, targets.map { BodyAnnotator.Request.link($0.0, href: $0.1) }).html
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
        let (html, found) = BodyAnnotator.annotate("<p>The Saudis gave <strong>$40 million</strong> to Iran.</p>", [
            .init(phrases: ["$40 million"], open: "<span id=\"s-3\">", close: "</span>", isLink: false),
            .init(phrases: ["£5m"], open: "<span>", close: "</span>", isLink: false),
            .link(iran.0, href: iran.1),
        ])
        #expect(found == [true, false, true])
        #expect(html == "<p>The Saudis gave <strong><span id=\"s-3\">$40 million</span></strong> to <a class=\"actor-link\" href=\"../../places/iran/index.html\">Iran</a>.</p>")
    }

    @Test("a later request skips a link made before it, and never straddles an earlier wrap")
    func laterRequests() {
        let html = "<p>New York Times reporters met in New York.</p>"
        let (annotated, found) = BodyAnnotator.annotate(html, [
            .link(["New York Times"], href: "times.html"),
            .link(["New York"], href: "ny.html"),
            .init(phrases: ["Times reporters"], open: "<em>", close: "</em>", isLink: false),
        ])
        #expect(found == [true, true, false], "\(annotated)")
        #expect(annotated == "<p><a class=\"actor-link\" href=\"times.html\">New York Times</a> reporters met in <a class=\"actor-link\" href=\"ny.html\">New York</a>.</p>")
    }

    @Test("a wrap of exactly an earlier anchor's text nests inside it")
    func nestedWraps() {
        let (html, _) = BodyAnnotator.annotate("<p>Gaza aid.</p>", [
            .init(phrases: ["Gaza"], open: "<span>", close: "</span>", isLink: false),
            .link(["Gaza"], href: "g.html"),
        ])
        #expect(html == "<p><span><a class=\"actor-link\" href=\"g.html\">Gaza</a></span> aid.</p>")
    }

    @Test("thousands of actors in one body are each linked once, in one pass")
    func manyActors() {
        // A body of 250 and of 2,000 sentences, each naming one distinct actor, with every actor requested.
        for scale in [1, 8] {
            let count = 250 * scale
            let names = (0..<count).map { "Name\($0) Person" }
            let html = "<p>" + names.map { "\($0) spoke today." }.joined(separator: " ") + "</p>"
            let (annotated, found) = BodyAnnotator.annotate(html, names.map { BodyAnnotator.Request.link([$0], href: "a.html") })
            #expect(found.allSatisfy { $0 })
            #expect(annotated.components(separatedBy: "actor-link").count == count + 1)
        }
    }
}
