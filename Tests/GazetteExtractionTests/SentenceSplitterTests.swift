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

    @Test("returns nothing for empty and blank paragraphs")
    func emptyParagraphs() {
        #expect(SentenceSplitter.split(paragraphs: []).isEmpty)
        #expect(SentenceSplitter.split(paragraphs: ["", "   ", "\u{00A0}"]).isEmpty)
    }
}
