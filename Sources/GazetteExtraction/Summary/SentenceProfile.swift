/// What the summarizer needs to know about one sentence, read in one pass over its bytes.
struct SentenceProfile: Sendable {
    /// Ids of every word, in order (stopwords included), for phrase matching.
    var words: [UInt64] = []
    /// Ids of the content words (no stopwords, plural "s" removed), sorted and unique:
    /// a sparse binary vector for comparing sentences.
    var terms: [UInt64] = []
    /// Whether the sentence opens with a quotation mark.
    var opensWithQuote = false
    /// Whether it ends with `.`, `!`, `?` or an ellipsis (closing quotes and brackets aside).
    var hasFinalPunctuation = false
    /// Whether it ends with a question mark.
    var isQuestion = false

    /// The number of words.
    var wordCount: Int { words.count }

    init(_ text: String, lexicon: SummaryLexicon) {
        var bytes = Array(text.utf8)
        let n = bytes.count
        var i = 0
        // Skip leading quotes and brackets to see how the sentence opens.
        while i < n, !isWordByte(bytes, i) {
            if bytes[i] == 0x22 || UTF8Class.isGeneralPunctuation(bytes, i, UTF8Class.leftDoubleQuote)
                || bytes[i] == 0x27 || UTF8Class.isGeneralPunctuation(bytes, i, UTF8Class.leftSingleQuote) {
                opensWithQuote = true
            }
            i += 1
        }
        var e = n
        while e > 0, bytes[e - 1] == 0x22 || bytes[e - 1] == 0x27 || bytes[e - 1] == 0x29 || bytes[e - 1] == 0x20
                || (e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80
                    && (bytes[e - 1] == UTF8Class.rightDoubleQuote || bytes[e - 1] == UTF8Class.rightSingleQuote)) {
            e -= bytes[e - 1] >= 0x80 ? 3 : 1
        }
        if e > 0 {
            let last = bytes[e - 1]
            hasFinalPunctuation = last == 0x2E || last == 0x21 || last == 0x3F
                || (e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && last == UTF8Class.ellipsis)
            isQuestion = last == 0x3F
        }
        words.reserveCapacity(n / 5)
        terms.reserveCapacity(n / 7)
        while i < n {
            guard isWordByte(bytes, i) else { i += stride(bytes, i); continue }
            var h = WordHasher.offsetBasis
            var stemmed = WordHasher.offsetBasis  // the id without a final plural "s"
            var length = 0
            var last: UInt8 = 0, beforeLast: UInt8 = 0
            while i < n, isWordByte(bytes, i) {
                let b = WordHasher.lowered(bytes[i])
                bytes[i] = b
                stemmed = h
                h = (h ^ UInt64(b)) &* WordHasher.prime
                beforeLast = last
                last = b
                length += 1
                i += 1
            }
            words.append(h)
            if length >= 2, !lexicon.stopwords.contains(h) {
                let plural = length > 3 && last == 0x73 && beforeLast != 0x73 && beforeLast != 0x75 && beforeLast != 0x69
                terms.append(plural ? stemmed : h)
            }
        }
        terms.sort()
        var unique = 0
        for t in terms where unique == 0 || terms[unique - 1] != t {
            terms[unique] = t
            unique += 1
        }
        terms.removeLast(terms.count - unique)
    }

    /// ASCII letters and digits, and letters beyond ASCII; general punctuation (U+2000–U+206F,
    /// curly quotes and dashes) and Latin-1 symbols (U+0080–U+00BF: "£", no-break space) are not.
    @inline(__always) private func isWordByte(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return UTF8Class.isASCIILetter(b) || UTF8Class.isDigit(b) }
        if b == 0xE2 || b == 0xC2 { return false }
        if b >= 0x80 && b < 0xC0 {
            // A continuation byte: part of whatever its lead byte was.
            var j = i
            while j > 0, bytes[j] >= 0x80, bytes[j] < 0xC0 { j -= 1 }
            return bytes[j] != 0xE2 && bytes[j] != 0xC2 && bytes[j] >= 0x80
        }
        return true
    }

    /// Bytes to skip over a non-word scalar at `i`.
    @inline(__always) private func stride(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return min(4, bytes.count - i) }
        if b >= 0xE0 { return min(3, bytes.count - i) }
        return min(2, bytes.count - i)
    }

    /// Cosine similarity of the binary term vectors of two sentences, in 0...1.
    static func similarity(_ a: SentenceProfile, _ b: SentenceProfile) -> Float {
        let x = a.terms, y = b.terms
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return common == 0 ? 0 : Float(common) / (Float(x.count) * Float(y.count)).squareRoot()
    }

    /// Whether the words contain `phrase` as a run.
    func contains(phrase: [UInt64]) -> Bool {
        guard let first = phrase.first, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == first {
            var k = 1
            while k < phrase.count, words[start + k] == phrase[k] { k += 1 }
            if k == phrase.count { return true }
        }
        return false
    }
}
