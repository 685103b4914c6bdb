/// What the figure and summary stages need from the words of an article's sentences, read
/// in one pass over their bytes.
///
/// Reading words is most of the cost of both stages, so it is done once. Each word gets an
/// id (`WordHasher`) and one look-up in `WordTags`; the pass keeps, per sentence, the content
/// words the summarizer compares (`terms`), the offsets of the words that can start a figure
/// (`triggers`), and the few facts the summarizer's suitability rules read (`SentenceWords`).
/// A word is a run of ASCII letters and digits and letters beyond ASCII; general punctuation
/// (curly quotes, dashes) and Latin-1 signs ("£", no-break space) are not letters.
public struct ArticleWords: Sendable {
    /// The facts of one sentence's words.
    struct SentenceWords: Sendable {
        /// The number of words, stopwords included.
        var wordCount: Int = 0
        /// The UTF-8 offset of the first word (the sentence's length when it has none).
        var firstWordStart: Int = 0
        /// `WordTags` bits of the first word, and of all words together.
        var firstWordTags: UInt8 = 0
        var allTags: UInt8 = 0
        /// One past this sentence's last entry in `terms` and in `triggers` (each sentence's
        /// start where the one before ends): kept here rather than in arrays of their own, as
        /// allocating an array costs about as much as reading a sentence.
        var termEnd: Int = 0
        var triggerEnd: Int = 0
    }

    private(set) var sentences: [SentenceWords] = []
    /// Content words (no stopwords, no single letters), in order with repeats; sentence `i`'s
    /// are `terms(of: i)`. Plurals are not folded ("firms" is not
    /// "firm"): on the BBC corpus folding them moved ROUGE-2 by 0.001 and cost a sixth of the pass.
    private(set) var terms: [UInt64] = []
    /// UTF-8 offsets of the words that can start a figure (holding a digit, or a number word);
    /// sentence `i`'s are `triggers(of: i)`.
    private(set) var triggers: [Int] = []

    /// The words of `sentences`, in order.
    public init(_ sentences: [Sentence]) {
        self.init(sentences, tags: .shared)
    }

    init(_ sentences: [Sentence], tags: WordTags) {
        var facts: [SentenceWords] = [], triggers: [Int] = []
        facts.reserveCapacity(sentences.count)
        triggers.reserveCapacity(2 * sentences.count)  // news runs about one figure trigger a sentence
        // A content word takes at least two bytes and a separator: room for all of them.
        var terms = [UInt64](repeating: 0, count: sentences.reduce(0) { $0 + $1.text.utf8.count / 3 + 1 })
        var termCount = 0
        terms.withUnsafeMutableBufferPointer { terms in
            for sentence in sentences {
                var sentenceFacts = sentence.withUTF8 {
                    ArticleWords.read($0, tags: tags, terms: terms, termCount: &termCount, triggers: &triggers)
                }
                sentenceFacts.termEnd = termCount
                sentenceFacts.triggerEnd = triggers.count
                facts.append(sentenceFacts)
            }
        }
        terms.removeLast(terms.count - termCount)
        self.sentences = facts
        self.terms = terms
        self.triggers = triggers
    }

    /// The number of sentences read.
    public var sentenceCount: Int { sentences.count }

    /// The range of sentence `i`'s content words in `terms`.
    func termRange(of i: Int) -> Range<Int> { (i == 0 ? 0 : sentences[i - 1].termEnd)..<sentences[i].termEnd }

    /// Sentence `i`'s content words.
    func terms(of i: Int) -> ArraySlice<UInt64> { terms[termRange(of: i)] }

    /// Sentence `i`'s figure triggers.
    func triggers(of i: Int) -> ArraySlice<Int> {
        triggers[(i == 0 ? 0 : sentences[i - 1].triggerEnd)..<sentences[i].triggerEnd]
    }

    /// Reads one sentence, writing its content words to `terms` from `termCount` on and
    /// appending its figure triggers to `triggers`.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, tags: WordTags, terms: UnsafeMutableBufferPointer<UInt64>,
                             termCount: inout Int, triggers: inout [Int]) -> SentenceWords {
        var facts = SentenceWords(firstWordStart: bytes.count)
        var i = 0
        while let word = nextWord(bytes, from: &i) {
            let tag = tags.table.tag(of: word.id)
            if facts.wordCount == 0 {
                facts.firstWordStart = word.start
                facts.firstWordTags = tag
            }
            facts.wordCount &+= 1
            facts.allTags |= tag
            if word.digit || tag & WordTags.numberWord != 0 { triggers.append(word.start) }
            // Written for every word, kept (counted) for content words only: whether a word is a
            // stopword is a coin toss, too costly as a branch.
            if termCount < terms.count { terms[termCount] = word.id }
            let content = (word.end &- word.start >= 2) && (tag & WordTags.stopword == 0)
            termCount &+= content ? 1 : 0
        }
        return facts
    }

    /// The ids of all the words of `bytes`, in order (for the rare checks that need them all).
    static func wordIds(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var ids: [UInt64] = []
        var i = 0
        while let word = nextWord(bytes, from: &i) { ids.append(word.id) }
        return ids
    }

    /// The next word at or after `i`, leaving `i` past it; nil at the end of `bytes`.
    ///
    /// Eight bytes a step (see `ByteChunk`): the separators between words are skipped a chunk
    /// at a time, and an ASCII word is classified, lowered and hashed a chunk at a time, from
    /// the chunk that found its start. A word with a letter beyond ASCII is
    /// read byte by byte. `i` is left one past the byte that ended the word, which is no
    /// letter: words are mostly one space apart, so the next search loads its chunk at the
    /// next word's start.
    @inline(__always) static func nextWord(_ bytes: UnsafeBufferPointer<UInt8>, from i: inout Int)
        -> (start: Int, end: Int, id: UInt64, digit: Bool)? {
        let n = bytes.count
        while i < n {
            var chunk = ByteChunk.load(bytes, at: i)
            var (alphanumeric, digits) = ByteChunk.alphanumerics(chunk)
            let interesting = alphanumeric | (chunk & ByteChunk.highBits)
            if interesting == 0 { i &+= 8; continue }  // eight bytes of spaces and punctuation
            let lead = interesting.trailingZeroBitCount >> 3
            if lead > 0 {
                i &+= lead
                chunk = ByteChunk.load(bytes, at: i)
                (alphanumeric, digits) = ByteChunk.alphanumerics(chunk)
            }
            let start = i
            var id = WordHasher.seed
            var digit = false
            var ascii = alphanumeric & 0x80 != 0
            if ascii {
                while true {
                    let stop = ~alphanumeric & ByteChunk.highBits
                    if stop == 0 {
                        id = WordHasher.mix(id, ByteChunk.lowered(chunk, letters: alphanumeric & ~digits))
                        if digits != 0 { digit = true }
                        i &+= 8
                        chunk = ByteChunk.load(bytes, at: i)
                        (alphanumeric, digits) = ByteChunk.alphanumerics(chunk)
                        continue
                    }
                    let run = stop.trailingZeroBitCount >> 3
                    if run > 0 {
                        let mask: UInt64 = (1 &<< (UInt64(run) &* 8)) &- 1
                        id = WordHasher.mix(id, ByteChunk.lowered(chunk, letters: alphanumeric & ~digits) & mask)
                        if digits & mask != 0 { digit = true }
                    }
                    i &+= run
                    // A letter beyond ASCII continues the word: read it all byte by byte below.
                    // The byte that ended the run is in `chunk` (zero past the end of `bytes`).
                    if chunk & (0x80 &<< (UInt64(run) &* 8)) != 0, scalar(bytes, i).isWord { ascii = false }
                    break
                }
            } else if !scalar(bytes, i).isWord {
                i &+= scalar(bytes, i).length  // a sign or punctuation beyond ASCII
                continue
            }
            if !ascii {
                while i < n {
                    let (inWord, size) = scalar(bytes, i)
                    guard inWord else { break }
                    i &+= size
                }
                id = WordHasher.id(of: bytes, in: start..<i)
                digit = bytes[start..<i].contains { $0 >= 0x30 && $0 <= 0x39 }
            }
            let end = i
            i &+= 1
            return (start, end, id, digit)
        }
        return nil
    }

    /// Whether the scalar at `i` belongs to a word, and its length in bytes.
    ///
    /// Words are ASCII letters and digits and letters beyond ASCII; general punctuation
    /// (U+2000–U+206F: curly quotes, dashes) and Latin-1 symbols (U+0080–U+00BF: "£",
    /// no-break space) are not.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (isWord: Bool, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (UTF8Class.isASCIILetter(b) || UTF8Class.isDigit(b), 1) }
        let remaining = bytes.count - i
        if b >= 0xF0 { return (true, min(4, remaining)) }
        if b >= 0xE0 { return (b != 0xE2, min(3, remaining)) }
        if b >= 0xC0 { return (b != 0xC2, min(2, remaining)) }
        return (false, 1)  // a stray continuation byte
    }
}
