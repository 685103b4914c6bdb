/// Every word of an article's sentences, found in one pass and shared by the stages that
/// look at words: the figure trigger (digits and number words) and the summarizer (content
/// words and stopwords).
///
/// Reading words is most of the cost of both stages, so it is done once: each word gets its
/// id (`WordHasher`), its byte range in its sentence and its tags from one look-up in
/// `WordTags`. A word is a run of ASCII letters and digits and letters beyond ASCII; general
/// punctuation (curly quotes, dashes) and Latin-1 signs ("£", no-break space) are not letters.
public struct ArticleWords: Sendable {
    struct Word: Sendable {
        var id: UInt64
        /// UTF-8 byte offsets in the sentence.
        var start: Int32
        var end: Int32
        /// `WordTags` bits of the word, and `ArticleWords` flags (`hasDigit`, ...).
        var tags: UInt8
        var flags: UInt8

        var range: Range<Int> { Int(start)..<Int(end) }
        var length: Int { Int(end - start) }
        func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
    }

    /// Flag bits of `Word.flags`.
    static let hasDigit: UInt8 = 1, spaceBefore: UInt8 = 2, asciiOnly: UInt8 = 4

    private(set) var words: [Word] = []
    /// Sentence `i`'s words are `words[sentenceStarts[i]..<sentenceStarts[i + 1]]`.
    private(set) var sentenceStarts: [Int] = [0]

    /// The words of `sentences`, in order.
    public init(_ sentences: [Sentence]) {
        self.init(sentences, tags: .shared)
    }

    init(_ sentences: [Sentence], tags: WordTags) {
        words.reserveCapacity(sentences.reduce(0) { $0 + $1.text.utf8.count / 5 })
        sentenceStarts.reserveCapacity(sentences.count + 1)
        for sentence in sentences {
            var text = sentence.text
            text.withUTF8 { append($0, tags: tags) }
            sentenceStarts.append(words.count)
        }
    }

    /// The number of sentences read.
    public var sentenceCount: Int { sentenceStarts.count - 1 }

    /// The words of sentence `i` (its position in the array given to `init`).
    func words(of i: Int) -> ArraySlice<Word> { words[sentenceStarts[i]..<sentenceStarts[i + 1]] }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, tags: WordTags) {
        let n = bytes.count
        var i = 0
        var space = true
        while i < n {
            let (isWord, length) = ArticleWords.scalar(bytes, i)
            guard isWord else {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { space = true }
                i &+= length
                continue
            }
            let start = i
            var (id, digit, ascii) = ArticleWords.readWord(bytes, at: &i)
            if !ascii {
                id = WordHasher.id(of: bytes, in: start..<i)
                digit = bytes[start..<i].contains { $0 >= 0x30 && $0 <= 0x39 }
            }
            var flags: UInt8 = ascii ? ArticleWords.asciiOnly : 0
            if digit { flags |= ArticleWords.hasDigit }
            if space { flags |= ArticleWords.spaceBefore }
            words.append(Word(id: id, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i),
                              tags: tags.table.tag(of: id), flags: flags))
            space = false
        }
    }

    /// Reads the word starting at `i`, leaving `i` past it. An all-ASCII word is read eight
    /// bytes a step and comes back with its id and whether it holds a digit; at a letter
    /// beyond ASCII it comes back with `ascii` false, for the caller to read byte by byte.
    @inline(__always) static func readWord(_ bytes: UnsafeBufferPointer<UInt8>,
                                           at i: inout Int) -> (id: UInt64, digit: Bool, ascii: Bool) {
        var h = WordHasher.seed
        var digit = false
        while true {
            let chunk = ByteChunk.load(bytes, at: i)
            let (alphanumeric, digits) = ByteChunk.alphanumerics(chunk)
            let stop = ~alphanumeric & ByteChunk.highBits
            if stop == 0 {
                h = WordHasher.mix(h, ByteChunk.lowered(chunk))
                if digits != 0 { digit = true }
                i &+= 8
                continue
            }
            let run = stop.trailingZeroBitCount >> 3
            if i &+ run < bytes.count, scalar(bytes, i &+ run).isWord {
                // A letter beyond ASCII continues the word.
                i &+= run
                while i < bytes.count {
                    let (inWord, size) = scalar(bytes, i)
                    guard inWord else { break }
                    i &+= size
                }
                return (0, false, false)
            }
            if run > 0 {
                let mask: UInt64 = (1 &<< (UInt64(run) &* 8)) &- 1
                h = WordHasher.mix(h, ByteChunk.lowered(chunk) & mask)
                if digits & mask != 0 { digit = true }
            }
            i &+= run
            return (h, digit, true)
        }
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
