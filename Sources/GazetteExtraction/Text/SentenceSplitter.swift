/// Splits paragraphs into sentences.
///
/// A paragraph end always ends a sentence. Inside a paragraph a sentence ends at `.`, `!`, `?`
/// or an ellipsis, together with the closing quotes and brackets that follow it, unless the
/// period belongs to an abbreviation, an initial or a number ("U.S.", "Mr.", "J.K. Rowling",
/// "$1.13bn"), or the next word goes on in lower case (`"...?" he asked.`). Sentences that the
/// source ran together (`the value of that stake.It will`, `said."The next`) are split too.
/// See `SentenceBoundaryScanner` for the rules and `Fixtures/sentences-*.txt` for examples.
public enum SentenceSplitter {
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
                for range in ranges {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    result.append(Sentence(index: result.count, paragraph: p, text: text, utf8Range: range))
                }
            }
        }
        return result
    }
}
