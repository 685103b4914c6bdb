import Testing
@testable import GazetteExtraction

/// The word pass and the inline words must give the answers of the plain code they replace.
@Suite("Word pass")
struct WordPassTests {
    private func sentence(_ text: String) -> [Sentence] {
        [Sentence(index: 0, paragraph: 0, text: text, utf8Range: 0..<text.utf8.count)]
    }

    @Test("a ShortWord equals the word it holds, and knows the suffix of a longer one")
    func shortWord() {
        let word = ShortWord("percentage")
        #expect(word == "percentage" && word != "percent" && word.description == "percentage")
        #expect(word.hasSuffix("age") && !word.hasSuffix("ages"))
        let long = ShortWord("telecommunications")  // 18 bytes: only the first 16 are held
        #expect(!long.isComplete && long.count == 18 && long.hasSuffix("ons"))
        #expect(long != ShortWord("telecommunicatio"))
    }

    @Test("a ShortWord made from a chunk equals one appended byte by byte", arguments: 1...8)
    func shortWordFromChunk(count: Int) {
        let text = Array("billions".utf8)
        let chunk = text.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (UInt64($1.offset) * 8) }
        let word = ShortWord(chunk: chunk, count: count)
        #expect(word == ShortWord(String(decoding: text[0..<count], as: UTF8.self)))
        #expect(word.hasSuffix("s") == (count == 8) && word.hasSuffix("b") == (count == 1))
    }

    @Test("a ShortWordTable finds what was put in and nothing else")
    func shortWordTable() {
        let words = (0..<200).map { "word\($0)" } + ["a", "£", "thousand", "sixteen-letters!"]
        var table = ShortWordTable<Int>()
        for (i, word) in words.enumerated() { table[word] = i }
        #expect(words.enumerated().allSatisfy { table[ShortWord($0.element)] == $0.offset })
        #expect(table[ShortWord("word200")] == nil && table[ShortWord("")] == nil)
        #expect(table[ShortWord("seventeen-letters")] == nil)  // too long to be a key
        #expect(table.keys == words.sorted())
    }

    @Test("word ids read eight bytes at a time equal the ids of the words as text")
    func idsMatchText() {
        let text = "The Secretary-General’s 1,000 Zürich-based staff: \"unprecedented\" — 3.5% café naïveté"
        var copy = text
        let ids = copy.withUTF8 { ArticleWords.wordIds($0) }
        let expected = ["the", "secretary", "general", "s", "1", "000", "zürich", "based", "staff", "unprecedented",
                        "3", "5", "café", "naïveté"].map(WordHasher.id)
        #expect(ids == expected)
        #expect(WordHasher.id("The") == WordHasher.id("the"))
    }

    @Test("keeps content words as written, without stopwords, and finds figure triggers")
    func termsAndTriggers() {
        let text = "The firms said six new cafes and 1,200 jobs were under threat in the press"
        let words = ArticleWords(sentence(text))
        // "1" of "1,200" is a single byte: not a content word.
        let expected = ["firms", "six", "new", "cafes", "200", "jobs", "threat", "press"].map(WordHasher.id)
        #expect(Array(words.terms(of: 0)) == expected)
        let utf8 = Array(text.utf8)
        let triggerWords = words.triggers(of: 0).map { start in
            String(decoding: utf8[start...].prefix { $0 != 0x20 && $0 != 0x2C }, as: UTF8.self)
        }
        #expect(triggerWords == ["six", "1", "200"])
        #expect(words.sentences[0].wordCount == 16)
        #expect(words.sentences[0].firstWordStart == 0)
    }

    @Test("a sentence without words has no terms and no triggers")
    func noWords() {
        let words = ArticleWords(sentence("— … «»"))
        #expect(words.terms(of: 0).isEmpty && words.triggers(of: 0).isEmpty)
        #expect(words.sentences[0].wordCount == 0)
    }
}

/// Untrusted text: any bytes, repaired to UTF-8 as the site reads them, must go through the
/// whole analysis without trapping, the same way every time.
@Suite("Analysis of arbitrary bytes")
struct ArbitraryBytesTests {
    @Test("random bytes, stray UTF-8 and long runs do not trap and give the same digest twice")
    func randomBytes() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        // Bytes drawn mostly from text-like ranges, with high bytes that make broken sequences.
        let alphabet = Array("aZ09 .,$£€%-'\"’“”—…\u{A0}".utf8) + [0x80, 0xBF, 0xC2, 0xE2, 0xF0, 0xFF]
        for round in 0..<200 {
            let count = Int(next() % 400)
            let bytes = (0..<count).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            let text = String(decoding: bytes, as: UTF8.self)
            let article = ArticleText(title: round.description, paragraphs: [text, text + " 12 million"])
            let first = ArticleAnalyser().analyse(article)
            #expect(first == ArticleAnalyser().analyse(article))
        }
    }
}
