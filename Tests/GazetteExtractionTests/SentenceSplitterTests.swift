import Testing
@testable import GazetteExtraction

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test("splits news text as the literate examples say", arguments: LiterateExample.load("sentences-news.txt"))
    func literate(_ example: LiterateExample) {
        let sentences = SentenceSplitter.split(paragraphs: [example.input])
        #expect(sentences.map(\.text) == example.expected)
    }

    @Test("finds the literate examples")
    func loadsFixtures() {
        #expect(LiterateExample.load("sentences-news.txt").count >= 25)
    }

    @Test("gives UTF-8 ranges that slice each sentence out of its paragraph")
    func rangesSliceParagraph() {
        let paragraphs = ["  “Café prices rose 5%.” The U.S. firm said so.  ", "", "No final period here",
                          "Le maire a dit: «non». Ça suffit!\u{00A0}Fin."]
        let sentences = SentenceSplitter.split(paragraphs: paragraphs)
        #expect(sentences.map(\.index) == Array(0..<sentences.count))
        #expect(sentences.map(\.paragraph) == [0, 0, 2, 3, 3, 3])
        for sentence in sentences {
            let bytes = Array(paragraphs[sentence.paragraph].utf8)
            #expect(String(decoding: bytes[sentence.utf8Range], as: UTF8.self) == sentence.text)
        }
        #expect(sentences.first?.text == "“Café prices rose 5%.”")
    }

    @Test("covers every non-blank byte of random paragraphs with ordered, valid ranges")
    func randomParagraphs() {
        let pieces = ["U.S.", " ", "Mr.", "said", ".", "\"", "?", "!", "...", "…", "“", "”", "’", "(", ")",
                      "The", "it", "3.5", "$1bn", "é", "\u{00A0}", "-", "J.", "K.", "Inc.", "No.", "5", "\n", "'", "€"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        for _ in 0..<300 {
            let paragraph = (0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined()
            let bytes = Array(paragraph.utf8)
            let sentences = SentenceSplitter.split(paragraphs: [paragraph])
            var covered = [Bool](repeating: false, count: bytes.count)
            var end = 0
            for sentence in sentences {
                #expect(sentence.utf8Range.lowerBound >= end)
                end = sentence.utf8Range.upperBound
                // Ranges start and end on scalar boundaries, never inside "…" or "é".
                let isContinuation = { (i: Int) in i < bytes.count && bytes[i] & 0xC0 == 0x80 }
                #expect(!isContinuation(sentence.utf8Range.lowerBound) && !isContinuation(sentence.utf8Range.upperBound))
                #expect(!sentence.text.isEmpty)
                for i in sentence.utf8Range { covered[i] = true }
            }
            let uncovered = String(decoding: bytes.indices.filter { !covered[$0] }.map { bytes[$0] }, as: UTF8.self)
            let onlyWhitespace = uncovered.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            #expect(onlyWhitespace, "\(paragraph)")
        }
    }

    @Test("returns nothing for empty and blank paragraphs")
    func emptyParagraphs() {
        #expect(SentenceSplitter.split(paragraphs: []).isEmpty)
        #expect(SentenceSplitter.split(paragraphs: ["", "   ", "\u{00A0}"]).isEmpty)
    }
}

@Suite("Sentences without an end")
struct UnendedSentenceTests {
    @Test("a run of text with no sentence end is cut into bounded pieces at spaces, losing no word",
          arguments: [1, 2, 3, 50])
    func cutAtSpaces(kilobytes: Int) {
        let words = (0..<(kilobytes * 150)).map { ["Paris", "talks", "went", "well", "é", "Blinken"][$0 % 6] }
        let text = words.joined(separator: " ")
        let sentences = SentenceSplitter.split(paragraphs: [text])
        #expect(sentences.allSatisfy { $0.text.utf8.count <= SentenceSplitter.maxSentenceBytes })
        #expect(sentences.map(\.text).joined(separator: " ") == text, "the pieces are the text, cut only at spaces")
        #expect(sentences.dropLast().allSatisfy { $0.text.utf8.count > SentenceSplitter.maxSentenceBytes / 2 },
                "a cut falls at the last space before the limit, so no piece is a fragment")
    }

    @Test("a long text with no space at all is still cut, between characters")
    func cutWithoutSpaces() {
        let text = String(repeating: "é", count: 5_000)  // 10,000 bytes
        let sentences = SentenceSplitter.split(paragraphs: [text])
        #expect(sentences.allSatisfy { $0.text.utf8.count <= SentenceSplitter.maxSentenceBytes })
        #expect(sentences.map(\.text).joined() == text)
    }
}
