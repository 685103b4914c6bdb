import GazetteExtraction
import Testing
@testable import GazetteCore

@Suite("Entity index across articles")
struct EntityResolverTests {
    /// An analysed article whose extraction found `actors`.
    static func article(_ path: String, _ actors: [Actor], declared: [DeclaredActor] = []) -> AnalysedArticle {
        let article = Article(path: path, slug: path, title: path, declaredActors: declared, body: .plainText([]), paragraphs: [])
        return AnalysedArticle(article: article, digest: ArticleDigest(sentences: [], summary: [], figures: [], keyFigures: [], actors: actors))
    }

    static func person(_ name: String, aliases: [String] = [], mentions: Int = 1) -> Actor {
        Actor(name: name, kind: .person, aliases: aliases.isEmpty ? [name] : aliases, mentions: mentions)
    }

    @Test("a surname in one article joins the one full name of another")
    func surnameJoinsFullName() {
        let index = EntityResolver.resolve([
            Self.article("a", [Self.person("Antony Blinken", aliases: ["Antony Blinken", "Blinken"], mentions: 3)]),
            Self.article("b", [Self.person("Blinken", mentions: 2)]),
        ], minArticles: 1)
        #expect(index.actors.map(\.name) == ["Antony Blinken"])
        #expect(index.actors[0].articles == [0, 1])
        #expect(index.actors[0].mentions == 5)
        #expect(index.actors[0].aliases == ["Antony Blinken", "Blinken"])
    }

    @Test("two people who share a surname stay apart, and the bare surname is not guessed")
    func sharedSurnameStaysApart() {
        let index = EntityResolver.resolve([
            Self.article("a", [Self.person("Gordon Brown")]),
            Self.article("b", [Self.person("James Brown")]),
            Self.article("c", [Self.person("Brown")]),
        ], minArticles: 1)
        #expect(index.actors.map(\.name) == ["Brown", "Gordon Brown", "James Brown"])
    }

    @Test("names differing in case, periods or a leading 'the' are one actor")
    func normalizedNames() {
        let index = EntityResolver.resolve([
            Self.article("a", [Actor(name: "the U.S.", kind: .place)]),
            Self.article("b", [Actor(name: "US", kind: .place)]),
        ], minArticles: 1)
        #expect(index.actors.count == 1)
        #expect(index.actors[0].articles == [0, 1])
    }

    @Test("front-matter actors join extracted ones")
    func declaredActors() {
        let index = EntityResolver.resolve([
            Self.article("a", [], declared: [DeclaredActor(name: "Hamas", kind: .organization)]),
            Self.article("b", [Actor(name: "Hamas", kind: .organization, mentions: 4)]),
        ], minArticles: 1)
        #expect(index.actors.map(\.name) == ["Hamas"])
        #expect(index.articleActors.map(\.count) == [1, 1])
    }

    @Test("actors under the minimum article count get no page")
    func minimumArticles() {
        let index = EntityResolver.resolve([
            Self.article("a", [Self.person("Ann Lee"), Self.person("Bo Chan")]),
            Self.article("b", [Self.person("Ann Lee")]),
        ], minArticles: 2)
        #expect(index.actors.map(\.hasPage) == [true, false])
    }

    @Test("slugs are unique within a kind")
    func uniqueSlugs() {
        let index = EntityResolver.resolve([
            Self.article("a", [Self.person("José Ruiz"), Self.person("Jose Ruiz Jr"), Self.person("Jose-Ruiz")]),
        ], minArticles: 1)
        #expect(Set(index.actors.map(\.slug)).count == 3)
    }
}

@Suite("The alias file")
struct AliasFileTests {
    let yaml = """
    actors:
      - name: Conservative Party
        kind: organization
        aliases: [Tories, the Tories]
      - name: Antony Blinken
        aliases: [Tony Blinken]
    block: [Stay, While]
    keep_apart: [Brown]
    """

    @Test("parses entries, blocked names and kept-apart names")
    func parses() {
        let (file, diagnostics) = AliasFile.parse(yaml)
        #expect(diagnostics.isEmpty)
        #expect(file.entries.map(\.name) == ["Conservative Party", "Antony Blinken"])
        #expect(file.entries[0].kind == .organization)
        #expect(file.blocked == ["stay", "while"])
        #expect(file.keptApart == ["brown"])
    }

    @Test("merges, renames, retypes and blocks actors in the index")
    func appliesToIndex() {
        let (file, _) = AliasFile.parse(yaml)
        let index = EntityResolver.resolve([
            EntityResolverTests.article("a", [Actor(name: "Tories", kind: .person), Actor(name: "Stay", kind: .person)]),
            EntityResolverTests.article("b", [Actor(name: "Conservative Party", kind: .organization)]),
            EntityResolverTests.article("c", [EntityResolverTests.person("Tony Blinken"), EntityResolverTests.person("Gordon Brown")]),
            EntityResolverTests.article("d", [EntityResolverTests.person("Brown")]),
        ], minArticles: 1, aliases: file)
        #expect(index.actors.map(\.name) == ["Antony Blinken", "Brown", "Gordon Brown", "Conservative Party"])
        let party = index.actors.first { $0.name == "Conservative Party" }
        #expect(party?.kind == .organization)
        #expect(party?.articles == [0, 1])
    }

    @Test("reports a bad kind at its line and column")
    func badKind() {
        let (_, diagnostics) = AliasFile.parse("actors:\n  - name: X\n    kind: company\n")
        #expect(diagnostics.map(\.description).first?.hasPrefix("Content/_actors.yml:3:11: error: unknown kind 'company'") == true)
    }
}

@Suite("Name normalization")
struct NormalizeTests {
    /// The definition `EntityResolver.normalize` implements, spelled out on Characters.
    static func reference(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.map { String($0.filter { $0 != "." }.map { $0 == "’" || $0 == "‘" ? "'" : $0 }) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test("a curly apostrophe is a straight one")
    func curlyApostrophe() {
        #expect(EntityResolver.normalize("Conan O’Brien") == EntityResolver.normalize("Conan O'Brien"))
        #expect(EntityResolver.normalize("the ‘Times’") == "'times'")
    }

    @Test("the byte fast path agrees with the definition", arguments: [
        "The U.S.", "the", "THE BBC", "t.h.e Times", "  the  New  York ", "...", "The ... Times", "U.S.A.", "the\tTimes",
        "The", "the the", "Jean-Claude Juncker", "THE. Firm", "Ñandú Club", "the\u{A0}Times", "", " ", "A. B. Smith", "O’Brien", "O'Brien",
    ])
    func fastPathAgrees(name: String) {
        #expect(EntityResolver.normalize(name) == Self.reference(name))
    }
}
