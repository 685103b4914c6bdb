import Testing
@testable import GazetteExtraction

@Suite("Figure ranking")
struct FigureRankerTests {
    /// Extracts and ranks the figures of a small article, one sentence per line.
    private func rank(_ text: String, title: String = "") -> [Figure] {
        let sentences = FigureTestSupport.sentences(text)
        return FigureRanker.keyFigures(FigureExtractor.extract(from: sentences), sentences: sentences, title: title)
    }

    private let article = """
        Profits jumped 76% to $1.13bn (£600m) in the three months to December.
        The firm said sales rose 2% to $11.1bn.
        It lost 464,000 subscribers, and chief executive Richard Parsons, 61, said so.
        Its film division saw profits slump 27% to $284m.
        The group, led by a 58-year-old, hopes to sign 8,000 new customers a week.
        Shares rose 1% over three days.
        Analysts said the 3% gain was small.
        """

    @Test("shows at most six figures, scores descending")
    func boundedAndOrdered() {
        let key = rank(article)
        #expect(key.count == 6)
        #expect(zip(key, key.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test("puts the lead's money and percentage first")
    func leadFirst() {
        let key = rank(article)
        #expect(Set(key.prefix(2).map(\.text)) == ["$1.13bn", "76%"])
    }

    @Test("ranks a conversion in parentheses and an age below the news figures")
    func contextLast() {
        let key = rank(article)
        let texts = key.map(\.text)
        #expect(!texts.contains("58-year-old"))
        if let conversion = texts.firstIndex(of: "£600m"), let sales = texts.firstIndex(of: "$11.1bn") {
            #expect(sales < conversion)
        }
        #expect(texts.contains("464,000 subscribers"))
    }

    @Test("shows a repeated figure once and ranks it above a one-off of the same kind")
    func repetition() {
        let key = rank("""
            The plan was announced on Sunday.
            Paid leave would rise to nine months by 2007, she said.
            It was 13 weeks when we were elected.
            We will extend the pay to nine months.
            """)
        #expect(key.filter { $0.value == 9 }.count == 1)
        #expect(key.first?.text == "nine months")
    }

    @Test("prefers figures whose unit the title names")
    func titleCue() {
        let text = "Officials gave details of the raid on Friday.\nThey found 300 computers and closed 120 cafes."
        let withTitle = rank(text, title: "Police close net cafes")
        #expect(withTitle.first?.unit == "cafes")
        let withoutTitle = rank(text)
        #expect(withoutTitle.first?.unit == "computers")
    }

    @Test("reads title words and units with plurals folded: \"bodies\" is \"body\", \"cafes\" is \"cafe\"")
    func titleWordsFoldPlurals() {
        #expect(FigureCues.wordIds(of: "Bodies found") == FigureCues.wordIds(of: "body found"))
        #expect(FigureCues.wordIds(of: "CAFES") == FigureCues.wordIds(of: "cafe"))
        #expect(FigureCues.wordIds(of: "Bodies") != FigureCues.wordIds(of: "bodie"))
        #expect(FigureCues.wordIds(of: "an ox").isEmpty)  // words of two letters or fewer are left out
    }

    @Test("shows every figure of an article that has fewer than three, and none when it has none")
    func fewFigures() {
        #expect(rank("The festival lasted two decades.").map(\.text) == ["two decades"])
        #expect(rank("Nothing to count here.").isEmpty)
    }
}
