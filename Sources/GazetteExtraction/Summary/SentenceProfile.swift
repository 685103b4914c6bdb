/// What the summarizer needs to know about one sentence besides its words.
struct SentenceProfile: Sendable {
    /// The number of words, stopwords included.
    var wordCount = 0
    /// The id of the first word (after any opening quote), or 0 when there is none.
    var firstWord: UInt64 = 0
    /// Whether the sentence, at most `junkPhraseMaxWords` long, contains one of the lexicon's
    /// page-furniture phrases (a long sentence that does is news about it, not furniture).
    var hasJunkPhrase = false
    static let junkPhraseMaxWords = 25
    /// Whether the sentence opens with a quotation mark.
    var opensWithQuote = false
    /// Whether it closes a quotation opened in an earlier sentence (`I think so," he said.`).
    var continuesQuote = false
    /// Whether it ends with `.`, `!`, `?` or an ellipsis (closing quotes and brackets aside).
    var hasFinalPunctuation = false
    /// Whether it ends with a question mark.
    var isQuestion = false

    /// Profiles one sentence on its own (the content words are dropped).
    init(_ text: String, lexicon: SummaryLexicon) {
        var scratch: [UInt64] = []
        var count = 0
        var text = text
        text.withUTF8 { read($0, lexicon: lexicon, terms: UnsafeMutableBufferPointer(start: nil, count: 0),
                             termCount: &count, scratch: &scratch) }
    }

    init() {}

    /// Reads a sentence's bytes in one pass, writing the ids of its content words (no
    /// stopwords, plural "s" removed, in order, repeats included) to `terms` from
    /// `termCount` on, as far as `terms` has room, and advancing `termCount`.
    /// `scratch` is working space, reused across sentences to save allocations.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: SummaryLexicon,
                       terms: UnsafeMutableBufferPointer<UInt64>, termCount: inout Int,
                       scratch recent: inout [UInt64]) {
        let n = bytes.count
        var i = 0
        var straightQuotes = 0, curlyBalance = 0
        defer {
            // An odd straight quote or an unmatched closing curly one, in a sentence that does
            // not open with a quote: the end of a quotation that began sentences earlier.
            continuesQuote = !opensWithQuote && (straightQuotes % 2 == 1 || curlyBalance < 0)
        }
        // Skip leading quotes and brackets to see how the sentence opens.
        while i < n {
            let (isWord, length) = SentenceProfile.scalar(bytes, i)
            if isWord { break }
            let b = bytes[i]
            if b == 0x22 || b == 0x27 || (b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80
                                          && (bytes[i + 2] == UTF8Class.leftDoubleQuote || bytes[i + 2] == UTF8Class.leftSingleQuote)) {
                opensWithQuote = true
            }
            if b == 0x22 { straightQuotes += 1 }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == UTF8Class.leftDoubleQuote { curlyBalance += 1 }
            i += length
        }
        readEnding(bytes)
        // Page furniture is short: only short sentences are matched against the phrases.
        let checkPhrases = !lexicon.junkPhrases.isEmpty && n <= 400
        var junkTrigger = false
        while i < n {
            let (isWord, length) = SentenceProfile.scalar(bytes, i)
            guard isWord else {
                let b = bytes[i]
                if b == 0x22 { straightQuotes += 1 }
                else if b == 0xE2, length == 3, bytes[i + 1] == 0x80 {
                    if bytes[i + 2] == UTF8Class.leftDoubleQuote { curlyBalance += 1 }
                    else if bytes[i + 2] == UTF8Class.rightDoubleQuote { curlyBalance -= 1 }
                }
                i += length
                continue
            }
            let wordStart = i
            var (h, asciiOnly) = SentenceProfile.readWord(bytes, at: &i)
            if !asciiOnly { h = WordHasher.id(of: bytes, in: wordStart..<i) }
            let letters = i - wordStart  // bytes, which is letters for ASCII words
            wordCount += 1
            if firstWord == 0 { firstWord = h }
            let tag = lexicon.words.tag(of: h)
            if letters >= 2, tag & SummaryLexicon.stopword == 0, termCount < terms.count {
                // The plural "s" goes: "firms" and "firm" are one term.
                let last = bytes[i - 1] | 0x20, beforeLast = bytes[i - 2] | 0x20
                let plural = asciiOnly && letters > 3 && last == 0x73 && beforeLast != 0x73 && beforeLast != 0x75
                    && beforeLast != 0x69
                terms[termCount] = plural ? WordHasher.id(of: bytes, in: wordStart..<(i - 1)) : h
                termCount += 1
            }
            if tag & SummaryLexicon.junkTrigger != 0, checkPhrases, wordCount <= SentenceProfile.junkPhraseMaxWords {
                junkTrigger = true
            }
        }
        if junkTrigger && wordCount <= SentenceProfile.junkPhraseMaxWords {
            // Rare: a short sentence with a word of a junk phrase. Re-read its words to match.
            SentenceProfile.wordIds(bytes, into: &recent)
            hasJunkPhrase = lexicon.junkPhrases.contains { phrase in
                recent.count >= phrase.count && (0...(recent.count - phrase.count)).contains { start in
                    recent[start..<(start + phrase.count)].elementsEqual(phrase)
                }
            }
        }
    }

    /// Reads the final punctuation, looking past closing quotes, brackets and spaces.
    private mutating func readEnding(_ bytes: UnsafeBufferPointer<UInt8>) {
        var e = bytes.count
        while e > 0 {
            let b = bytes[e - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x20 { e -= 1; continue }
            if e >= 3, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80,
               b == UTF8Class.rightDoubleQuote || b == UTF8Class.rightSingleQuote { e -= 3; continue }
            break
        }
        guard e > 0 else { return }
        let last = bytes[e - 1]
        hasFinalPunctuation = last == 0x2E || last == 0x21 || last == 0x3F
            || (e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && last == UTF8Class.ellipsis)
        isQuestion = last == 0x3F
    }

    /// Reads the word starting at `i`, leaving `i` past it, and returns its id when it is all
    /// ASCII letters and digits, eight bytes a step. At a letter beyond ASCII it stops with
    /// `asciiOnly` false, `i` past the whole word, for the caller to hash it byte by byte.
    @inline(__always) static func readWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> (UInt64, asciiOnly: Bool) {
        var h = WordHasher.seed
        while true {
            let chunk = ByteChunk.load(bytes, at: i)
            let stop = ~ByteChunk.alphanumerics(chunk).alphanumeric & ByteChunk.highBits
            if stop == 0 {
                h = WordHasher.mix(h, ByteChunk.lowered(chunk))
                i &+= 8
                continue
            }
            let run = stop.trailingZeroBitCount >> 3
            if i &+ run < bytes.count, scalar(bytes, i &+ run).0 {
                // A letter beyond ASCII continues the word.
                i &+= run
                while i < bytes.count {
                    let (inWord, size) = scalar(bytes, i)
                    guard inWord else { break }
                    i &+= size
                }
                return (0, false)
            }
            if run > 0 {
                h = WordHasher.mix(h, ByteChunk.lowered(chunk) & ((1 &<< (UInt64(run) &* 8)) &- 1))
            }
            i &+= run
            return (h, true)
        }
    }

    /// The ids of all the words of `bytes`, in order, replacing the contents of `ids`.
    static func wordIds(_ bytes: UnsafeBufferPointer<UInt8>, into ids: inout [UInt64]) {
        ids.removeAll(keepingCapacity: true)
        var i = 0
        while i < bytes.count {
            let (isWord, length) = scalar(bytes, i)
            guard isWord else { i += length; continue }
            let start = i
            let (h, asciiOnly) = readWord(bytes, at: &i)
            ids.append(asciiOnly ? h : WordHasher.id(of: bytes, in: start..<i))
        }
    }

    /// Whether the scalar at `i` belongs to a word, and its length in bytes.
    ///
    /// Words are ASCII letters and digits and letters beyond ASCII; general punctuation
    /// (U+2000–U+206F: curly quotes, dashes) and Latin-1 symbols (U+0080–U+00BF: "£",
    /// no-break space) are not.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Bool, Int) {
        let b = bytes[i]
        if b < 0x80 { return (UTF8Class.isASCIILetter(b) || UTF8Class.isDigit(b), 1) }
        let remaining = bytes.count - i
        if b >= 0xF0 { return (true, min(4, remaining)) }
        if b >= 0xE0 { return (b != 0xE2, min(3, remaining)) }
        if b >= 0xC0 { return (b != 0xC2, min(2, remaining)) }
        return (false, 1)  // a stray continuation byte
    }
}
