import Testing
@testable import GazetteCore

@Suite("Slugs")
struct SlugTests {
    @Test("lower-case ASCII words joined by hyphens", arguments: [
        ("Ad sales boost Time Warner profit", "ad-sales-boost-time-warner-profit"),
        ("Blinken's trip to São Paulo!", "blinkens-trip-to-sao-paulo"),
        ("  --Über   café--  ", "uber-cafe"),
        ("U.S. & U.N.", "u-s-u-n"),
        ("日本", ""),
    ])
    func slugify(title: String, slug: String) {
        #expect(Slugger.slugify(title) == slug)
    }

    @Test("cuts long slugs at a word boundary")
    func longSlug() {
        let slug = Slugger.slugify("The United States is still pushing for a cease-fire deal between Israel and Hamas", maxLength: 30)
        #expect(slug == "the-united-states-is-still")
    }

    @Test("gives later duplicates deterministic suffixes and reports them")
    func unique() {
        let (slugs, renamed) = Slugger.uniqued(["a", "b", "a", "a-2", "a"])
        #expect(slugs == ["a", "b", "a-3", "a-2", "a-4"])
        #expect(renamed == [2, 4])
    }
}
