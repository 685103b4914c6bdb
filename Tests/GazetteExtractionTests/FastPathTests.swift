import Testing
@testable import GazetteExtraction

/// The speed-ups must give the same answers as the plain code they replace.
@Suite("Fast paths")
struct FastPathTests {
    /// A small deterministic generator (xorshift), so a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test("StringTable agrees with Dictionary through inserts, updates and removals")
    func stringTableMatchesDictionary() {
        var random = Generator(state: 0x9E37_79B9_7F4A_7C15)
        let words = ["", "a", "the", "The", "U.S.", "café", "Secretary of State", "Zürich", "x", "xx", "xxx",
                     "a somewhat longer key than fifteen bytes", "über", "日本"]
            + (0..<300).map { "w\($0)" }
        var table = StringTable<Int>()
        var reference: [String: Int] = [:]
        for step in 0..<5000 {
            let word = words[Int(random.next() % UInt64(words.count))]
            if random.next() % 4 == 0 {
                table[word] = nil
                reference[word] = nil
            } else {
                table[word] = step
                reference[word] = step
            }
        }
        for word in words {
            #expect(table[word] == reference[word], "\(word)")
            #expect(table.contains(word) == (reference[word] != nil), "\(word)")
        }
        #expect(table.count == reference.count)
        #expect(table.keys == reference.keys.sorted())
        // Words never put in: most stop at a clear filter bit, the rest share one with a key and probe.
        #expect((0..<2000).allSatisfy { table["absent \($0)"] == nil && !table.contains("absent \($0)") })
    }

    @Test("StringSet answers like Set<String>")
    func stringSetMatchesSet() {
        var set: StringSet = ["Mr", "Mrs", "Dr"]
        set.insert("St")
        set.remove("Mrs")
        #expect(set.contains("Mr") && set.contains("Dr") && set.contains("St"))
        #expect(!set.contains("Mrs") && !set.contains("mr") && !set.contains(""))
        #expect(set.count == 3)
    }

    /// Every byte value at every position of a word: the eight-byte classifier marks a byte
    /// exactly when it is an ASCII letter or digit.
    @Test("the trigger scan's eight-byte classifier matches the byte-by-byte one", arguments: 0..<8)
    func alphanumericsMatchPerByte(position: Int) {
        for value in 0...255 {
            let b = UInt8(value)
            // Neighbours that are letters, digits and high bytes, so no carry leaks between bytes.
            for filler: UInt8 in [0x41, 0x39, 0xFF, 0x00, 0x7A] {
                var word: UInt64 = 0
                for k in 0..<8 { word |= UInt64(k == position ? b : filler) << UInt64(8 * k) }
                let (alphanumeric, digits) = ByteChunk.alphanumerics(word)
                let shift = UInt64(8 * position + 7)
                let isDigit = b >= 0x30 && b <= 0x39
                let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                #expect((alphanumeric >> shift) & 1 == ((isDigit || isLetter) ? 1 : 0), "byte \(b) at \(position)")
                #expect((digits >> shift) & 1 == (isDigit ? 1 : 0), "byte \(b) at \(position)")
            }
        }
    }

    /// Every byte value at every position, beside neighbours one above and below the byte
    /// sought, where the shorter zero-byte test gives false matches.
    @Test("the splitter's eight-byte byte match flags exactly the equal bytes", arguments: [0x22, 0x2E, 0xE2, 0x00, 0xFF])
    func byteMatchIsExact(sought: Int) {
        let target = UInt8(sought)
        for position in 0..<8 {
            for value in 0...255 {
                let b = UInt8(value)
                for filler in [target &+ 1, target &- 1, 0x00, 0x80, 0xFF, target] {
                    var chunk: UInt64 = 0
                    for k in 0..<8 { chunk |= UInt64(k == position ? b : filler) << UInt64(8 * k) }
                    var expected: UInt64 = 0
                    for k in 0..<8 where (k == position ? b : filler) == target { expected |= 0x80 << UInt64(8 * k) }
                    #expect(ByteChunk.equal(chunk, target) == expected, "byte \(b) at \(position) among \(filler)")
                }
            }
        }
    }

    @Test("sentence ends are found wherever they fall in an eight-byte step")
    func sentenceEndsInEveryChunkPosition() {
        // The period moves through every offset of the chunk that holds it, and to the last bytes,
        // which the splitter reads one by one.
        for pad in 0..<17 {
            let first = "A" + String(repeating: "b", count: pad) + "."
            let sentences = SentenceSplitter.split(paragraphs: [first + " Then it rained. Yes!"]).map(\.text)
            #expect(sentences == [first, "Then it rained.", "Yes!"], "pad \(pad)")
        }
    }

    @Test("trigger windows are found near the end of a sentence too")
    func windowsAtTheEnd() {
        // The last word is shorter than eight bytes from the end: read with the padded load.
        #expect(FigureTestSupport.windows("He scored six") == [0..<13])
        #expect(FigureTestSupport.windows("No figure in this sentence at all").isEmpty)
        #expect(FigureTestSupport.windows("It cost 5") == [0..<9])
        // Three words before the trigger and four after; "1,000" is one word with two digit runs.
        #expect(FigureTestSupport.windows("So then we all saw that 1,000 people came out to the big square and sang songs")
            == [11..<48])
    }
}
