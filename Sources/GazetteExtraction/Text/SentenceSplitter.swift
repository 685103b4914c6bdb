/// Splits paragraphs into sentences.
public enum SentenceSplitter {
    /// Splits every paragraph; sentence indices run across paragraphs.
    public static func split(paragraphs: [String]) -> [Sentence] {
        var result: [Sentence] = []
        for (p, paragraph) in paragraphs.enumerated() {
            for range in sentenceRanges(in: paragraph) {
                let bytes = Array(paragraph.utf8)[range]
                result.append(Sentence(index: result.count, paragraph: p, text: String(decoding: bytes, as: UTF8.self), utf8Range: range))
            }
        }
        return result
    }

    /// UTF-8 ranges of the sentences in one paragraph (naive: ends at . ! ? followed by space).
    static func sentenceRanges(in paragraph: String) -> [Range<Int>] {
        let bytes = Array(paragraph.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            var s = start, e = end
            while s < e, bytes[s] == 0x20 { s += 1 }
            while e > s, bytes[e - 1] == 0x20 { e -= 1 }
            if s < e { ranges.append(s..<e) }
        }
        while i < bytes.count {
            let b = bytes[i]
            if (b == 0x2E || b == 0x21 || b == 0x3F), i + 1 < bytes.count, bytes[i + 1] == 0x20 {
                flush(i + 1)
                start = i + 1
            }
            i += 1
        }
        flush(bytes.count)
        return ranges
    }
}
