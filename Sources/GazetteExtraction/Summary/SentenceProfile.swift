import Foundation

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
        var count = 0
        var text = text
        let words = ArticleWords([Sentence(index: 0, paragraph: 0, text: text, utf8Range: 0..<text.utf8.count)])
        text.withUTF8 { read($0, words: words.words(of: 0), lexicon: lexicon,
                             terms: UnsafeMutableBufferPointer(start: nil, count: 0), termCount: &count) }
    }

    init() {}

    /// Profiles a sentence from its bytes and its words (see `ArticleWords`), writing the ids
    /// of its content words (no stopwords, plural "s" removed, in order, repeats included) to
    /// `terms` from `termCount` on, as far as `terms` has room, and advancing `termCount`.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, words: ArraySlice<ArticleWords.Word>, lexicon: SummaryLexicon,
                       terms: UnsafeMutableBufferPointer<UInt64>, termCount: inout Int) {
        readQuotes(bytes, firstWord: words.first.map { Int($0.start) } ?? bytes.count)
        readEnding(bytes)
        wordCount = words.count
        firstWord = words.first?.id ?? 0
        var junkTrigger = false
        for word in words {
            let letters = word.length  // bytes, which is letters for ASCII words
            if letters >= 2, word.tags & WordTags.stopword == 0, termCount < terms.count {
                // The plural "s" goes: "firms" and "firm" are one term.
                let end = Int(word.end)
                let last = bytes[end - 1] | 0x20, beforeLast = bytes[end - 2] | 0x20
                let plural = word.has(ArticleWords.asciiOnly) && letters > 3 && last == 0x73 && beforeLast != 0x73
                    && beforeLast != 0x75 && beforeLast != 0x69
                terms[termCount] = plural ? WordHasher.id(of: bytes, in: Int(word.start)..<(end - 1)) : word.id
                termCount += 1
            }
            if word.tags & WordTags.junkTrigger != 0 { junkTrigger = true }
        }
        // Page furniture is short: only short sentences are matched against the phrases.
        if junkTrigger && wordCount <= SentenceProfile.junkPhraseMaxWords && bytes.count <= 400 {
            let ids = words.map(\.id)
            hasJunkPhrase = lexicon.junkPhrases.contains { phrase in
                ids.count >= phrase.count && (0...(ids.count - phrase.count)).contains { start in
                    ids[start..<(start + phrase.count)].elementsEqual(phrase)
                }
            }
        }
    }

    /// Reads whether the sentence opens with a quotation mark (before `firstWord`, the offset
    /// of its first word) and whether it closes one opened in an earlier sentence: an odd
    /// straight quote or an unmatched closing curly one, in a sentence that does not open
    /// with a quote.
    private mutating func readQuotes(_ bytes: UnsafeBufferPointer<UInt8>, firstWord: Int) {
        var i = 0
        while i < firstWord {
            let b = bytes[i]
            if b == 0x22 || b == 0x27 || (b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80
                                          && (bytes[i + 2] == UTF8Class.leftDoubleQuote || bytes[i + 2] == UTF8Class.leftSingleQuote)) {
                opensWithQuote = true
            }
            i += 1
        }
        guard !opensWithQuote, let base = bytes.baseAddress else { return }
        var straightQuotes = 0, curlyBalance = 0
        var at = base
        let end = base + bytes.count
        while at < end, let found = memchr(at, 0x22, end - at) {
            straightQuotes += 1
            at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        at = base
        while at < end, let found = memchr(at, 0xE2, end - at) {
            let p = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if p + 2 < end, p[1] == 0x80 {
                if p[2] == UTF8Class.leftDoubleQuote { curlyBalance += 1 }
                else if p[2] == UTF8Class.rightDoubleQuote { curlyBalance -= 1 }
            }
            at = p + 1
        }
        continuesQuote = straightQuotes % 2 == 1 || curlyBalance < 0
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
}
