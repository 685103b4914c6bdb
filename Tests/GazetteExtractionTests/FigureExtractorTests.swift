import Testing
@testable import GazetteExtraction

/// Runs the literate examples of `Fixtures/figures-extraction.txt`.
@Suite("Figure extraction")
struct FigureExtractorTests {
    static let examples = LiterateExample.load("figures-extraction.txt")

    @Test("the fixture file is found and has examples")
    func fixtureLoads() {
        #expect(Self.examples.count >= 20)
    }

    @Test("finds each figure with its value, unit, kind and text", arguments: examples)
    func extracts(_ example: LiterateExample) {
        let sentences = FigureTestSupport.sentences(example.input)
        let found = FigureExtractor.extract(from: sentences).map(FigureTestSupport.line)
        #expect(found == example.expected)
    }

    @Test("reading only the windows around triggers finds what reading whole sentences finds",
          arguments: examples)
    func windowsMatchWholeSentences(_ example: LiterateExample) {
        let sentences = FigureTestSupport.sentences(example.input + "\n" + Self.longSentence)
        var whole: [Figure] = []
        for s in sentences {
            let first = whole.count
            var text = s.text
            text.withUTF8 { FigureScanner.scan($0, sentence: s.index, lexicon: .shared, into: &whole) }
            FigureExtractor.inheritCurrency(&whole, from: first)
        }
        #expect(FigureExtractor.extract(from: sentences) == whole)
    }

    /// Figures far apart and close together, with long approximators and units.
    static let longSentence = "In excess of 40 per cent of the staff, as many as two hundred and fifty thousand "
        + "people in all, were told on Monday that the firm, which lost $1.5bn, or roughly a third of its value, "
        + "would shut 100,000 or so net cafes within the next twelve months and sell half a million units."

    @Test("a sentence without digits or number words has no window")
    func noTrigger() {
        #expect(FigureTestSupport.windows("The minister said nothing new on Monday.").isEmpty)
        #expect(FigureTestSupport.windows("Oneself and someone else.").isEmpty)
        #expect(!FigureTestSupport.windows("It lasted six weeks.").isEmpty)
    }

    @Test("records the sentence each figure comes from")
    func sentenceIndex() {
        let sentences = FigureTestSupport.sentences("No figure here.\nIt cost $5m.\nThen 40% left.")
        let figures = FigureExtractor.extract(from: sentences)
        #expect(figures.map(\.sentence) == [1, 2])
    }
}

/// Shared helpers of the figure tests.
enum FigureTestSupport {
    /// One sentence per line, indexed in order.
    static func sentences(_ text: String) -> [Sentence] {
        text.split(separator: "\n").enumerated().map { i, line in
            Sentence(index: i, paragraph: 0, text: String(line), utf8Range: 0..<line.utf8.count)
        }
    }

    /// The trigger windows of one sentence, found as the extractor finds them.
    static func windows(_ text: String) -> [Range<Int>] {
        let words = ArticleWords(sentences(text))
        var text = text
        return text.withUTF8 { FigureTrigger.windows(triggers: words.triggers(of: 0), in: $0) }
    }

    /// `kind value unit | text`, the line format of the fixture files.
    static func line(_ f: Figure) -> String {
        "\(f.kind.rawValue) \(number(f.value)) \(f.unit) | \(f.text)"
    }

    /// Whole numbers without a decimal point, others in Swift's shortest form.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e18 { return String(Int64(v)) }
        return String(v)
    }
}
