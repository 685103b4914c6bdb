import Foundation

/// What the summarizer needs to know about one sentence besides its words.
struct SentenceProfile: Sendable {
    /// The number of words, stopwords included.
    var wordCount = 0
    /// Whether the first word leans on the sentence before ("But", "He": `WordTags.dependentOpener`).
    var opensDependent = false
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
    /// Whether it opens with "By " (a byline, when short).
    var opensWithBy = false

    /// Profiles one sentence on its own.
    init(_ text: String, lexicon: SummaryLexicon) {
        var text = text
        let words = ArticleWords([Sentence(index: 0, paragraph: 0, text: text, utf8Range: 0..<text.utf8.count)])
        let facts = words.sentences[0]
        self = text.withUTF8 { SentenceProfile($0, words: facts, lexicon: lexicon) }
    }

    /// Profiles a sentence from its bytes and the facts of its words (see `ArticleWords`).
    init(_ bytes: UnsafeBufferPointer<UInt8>, words: ArticleWords.SentenceWords, lexicon: SummaryLexicon) {
        opensWithBy = bytes.count >= 3 && bytes[0] == 0x42 && bytes[1] == 0x79 && bytes[2] == 0x20
        readQuotes(bytes, firstWord: words.firstWordStart)
        readEnding(bytes)
        wordCount = words.wordCount
        opensDependent = words.firstWordTags & WordTags.dependentOpener != 0
        // Page furniture is short: only short sentences are matched against the phrases.
        if words.allTags & WordTags.junkTrigger != 0 && wordCount <= SentenceProfile.junkPhraseMaxWords
            && bytes.count <= 400 {
            let ids = ArticleWords.wordIds(bytes)
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
