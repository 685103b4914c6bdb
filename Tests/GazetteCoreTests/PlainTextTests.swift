import Testing
@testable import GazetteCore

@Suite("Plain text articles")
struct PlainTextTests {
    @Test("takes a headline first line as the title and blank-line blocks as paragraphs")
    func bbcStyle() {
        let result = PlainTextParser.parse("Ad sales boost Time Warner profit\n\nQuarterly profits jumped.\n\nThe firm said so.\n")
        #expect(result.title == "Ad sales boost Time Warner profit")
        #expect(!result.titleWasDerived)
        #expect(result.paragraphs == ["Quarterly profits jumped.", "The firm said so."])
    }

    @Test("derives the title from the lead when the first line is a sentence, shortened at a clause")
    func derivedTitle() {
        let text = """
        For the best experience, please enable JavaScript in your browser settings.
        The United States is still pushing for a cease-fire deal between Israel and the militant group Hamas, U.S. Secretary of State Antony Blinken said Thursday.
        Negotiators are continuing to work on a cease-fire agreement, Blinken said.
        """
        let result = PlainTextParser.parse(text)
        #expect(result.titleWasDerived)
        #expect(result.title == "The United States is still pushing for a cease-fire deal between Israel and the militant group Hamas")
        #expect(result.paragraphs.count == 2)
        #expect(result.removedLines.map(\.line) == [1])
    }

    @Test("removes junk lines but keeps sentences that mention the same words", arguments: [
        ("Stay informed. Subscribe to our newsletter", true),
        ("For the best experience, please enable JavaScript in your browser settings.", true),
        ("We use cookies to improve your experience. Accept all cookies", true),
        ("Advertisement", true),
        ("Share this article", true),
        ("Read more", true),
        ("Read more: Blinken heads to Israel", true),
        ("The advertisement was banned by regulators after complaints.", false),
        ("The firm will subscribe to the new standard, its chief executive said on Monday after a long meeting with regulators in London.", false),
    ])
    func junk(line: String, isJunk: Bool) {
        #expect(JunkFilter.isJunk(line) == isJunk)
    }

    @Test("joins hard-wrapped lines into one paragraph")
    func hardWrapped() {
        let line1 = "This is a long line of text that has been wrapped at a fixed width of"
        let line2 = "about seventy characters by the program that saved it."
        let result = PlainTextParser.parse("Headline here\n\n\(line1)\n\(line2)\n\nNext paragraph.\n")
        #expect(result.paragraphs == ["\(line1) \(line2)", "Next paragraph."])
    }
}

@Suite("Text decoding")
struct TextDecodingTests {
    @Test("reads UTF-8 and drops a byte-order mark")
    func utf8() {
        let decoded = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("café\r\nok".utf8))
        #expect(decoded.text == "café\nok")
        #expect(!decoded.usedFallback)
    }

    @Test("falls back to Windows-1252 for Latin-1 bytes")
    func latin1() {
        let decoded = TextDecoding.decode(Array("Andr".utf8) + [0xE9, 0x20, 0x80, 0x35, 0x96])
        #expect(decoded.text == "André €5–")
        #expect(decoded.usedFallback)
    }
}
