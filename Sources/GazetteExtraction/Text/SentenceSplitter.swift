/// Splits paragraphs into sentences.
///
/// A paragraph end always ends a sentence. Inside a paragraph a sentence ends at `.`, `!`, `?`
/// or an ellipsis, together with the closing quotes and brackets that follow it, unless the
/// period belongs to an abbreviation, an initial or a number ("U.S.", "Mr.", "J.K. Rowling",
/// "$1.13bn"), or the next word goes on in lower case (`"...?" he asked.`). Sentences that the
/// source ran together (`the value of that stake.It will`, `said."The next`) are split too.
/// See `SentenceBoundaryScanner` for the rules and `Fixtures/sentences-*.txt` for examples.
///
/// A run of text longer than `maxSentenceBytes` with no sentence end (a scraped page on one line,
/// a list without stops) is cut there, at the last space before the limit: it holds no sentence to
/// find, and bounded sentences keep every later stage (summaries on every actor's feed, quotes,
/// names) linear in the size of the article.
public enum SentenceSplitter {
    /// About 600 words; the longest sentences of the BBC corpus are under 1,000 bytes.
    public static let maxSentenceBytes = 4_000

    /// Splits every paragraph; sentence indices run across paragraphs, 0-based, in article order.
    ///
    /// Each sentence's `utf8Range` is a range of UTF-8 byte offsets into its own paragraph,
    /// without the whitespace around the sentence.
    public static func split(paragraphs: [String]) -> [Sentence] {
        var result: [Sentence] = []
        result.reserveCapacity(paragraphs.count * 3)
        var ranges: [Range<Int>] = []
        let lexicon = SentenceLexicon.shared
        for (p, paragraph) in paragraphs.enumerated() {
            withUTF8Bytes(of: paragraph) { bytes in
                SentenceBoundaryScanner(bytes: bytes, lexicon: lexicon).sentenceRanges(into: &ranges)
                for whole in ranges {
                    for range in Self.cut(whole, bytes) {
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                        result.append(Sentence(index: result.count, paragraph: p, text: text, utf8Range: range))
                    }
                }
            }
        }
        return result
    }

    /// `range` in pieces of at most `maxSentenceBytes`, each ending at a space when one is in reach
    /// (otherwise before a UTF-8 lead byte), without the spaces between pieces.
    static func cut(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard range.count > maxSentenceBytes else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maxSentenceBytes {
            let limit = start + maxSentenceBytes
            var end = limit
            while end > start + maxSentenceBytes / 2, bytes[end] != 0x20 { end -= 1 }
            if bytes[end] != 0x20 {
                end = limit
                while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
                if end == start { end = limit }  // not UTF-8 at all: a cut anywhere still makes progress
            }
            pieces.append(start..<end)
            start = end
            while start < range.upperBound, bytes[start] == 0x20 { start += 1 }
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }
}
