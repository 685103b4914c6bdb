import Testing
@testable import GazetteCore

@Suite("Actor links in bodies")
struct ActorLinkerTests {
    let blinken = ActorLinker.Target(aliases: ["Blinken", "Antony Blinken"], href: "../../people/antony-blinken/index.html")
    let iran = ActorLinker.Target(aliases: ["Iran"], href: "../../places/iran/index.html")

    @Test("links only the first mention, preferring the longest alias at that place")
    func firstMention() {
        let html = "<p>Antony Blinken met. Blinken left.</p>"
        #expect(ActorLinker.link(html, targets: [blinken]) ==
                "<p><a class=\"actor-link\" href=\"../../people/antony-blinken/index.html\">Antony Blinken</a> met. Blinken left.</p>")
    }

    @Test("never links inside a word, a tag or an existing link")
    func boundaries() {
        let html = "<p><a href=\"x\">Iran</a> and Iranian <span title=\"Iran\">talks</span> with Iran.</p>"
        #expect(ActorLinker.link(html, targets: [iran]) ==
                "<p><a href=\"x\">Iran</a> and Iranian <span title=\"Iran\">talks</span> with <a class=\"actor-link\" href=\"../../places/iran/index.html\">Iran</a>.</p>")
    }

    @Test("matches names with escaped characters as they appear in HTML")
    func escapedNames() {
        let target = ActorLinker.Target(aliases: ["AT&T"], href: "a.html")
        #expect(ActorLinker.link("<p>AT&amp;T grew.</p>", targets: [target]) == "<p><a class=\"actor-link\" href=\"a.html\">AT&amp;T</a> grew.</p>")
    }

    @Test("leaves the body alone when no actor is mentioned")
    func noMention() {
        #expect(ActorLinker.link("<p>Nothing here.</p>", targets: [blinken, iran]) == "<p>Nothing here.</p>")
    }
}
