/// One token of a sentence, as the figure grammar sees it.
///
/// Offsets are UTF-8 byte offsets into the sentence text, so the figure's text can be cut
/// out exactly as written. Plain data (no `String`), so reading a token costs no reference
/// counting.
struct FigureToken {
    enum Kind: UInt8 { case number, word, symbol }

    /// Words: the lowercased word; symbols: the symbol itself (`$`, `£`, `-` for any dash, ...);
    /// numbers: empty.
    var text: ShortWord
    /// Numbers: the value of the digits ("32,000" is 32000, "1.13" is 1.13).
    var value: Double
    /// UTF-8 byte range in the sentence (stored in 32 bits: a sentence is far shorter).
    private var startOffset: Int32
    private var endOffset: Int32
    var kind: Kind
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// Words: the first letter is an uppercase ASCII letter.
    var capitalized: Bool
    /// Numbers: whether a thousands comma or decimal point was used, and a leading zero ("0800").
    var hasComma: Bool
    var hasDecimal: Bool
    var leadingZero: Bool = false
    /// Numbers: digits before the decimal point, and after it ("4.88" has 2), at most 255.
    private var integerDigitCount: UInt8
    private var fractionDigitCount: UInt8 = 0

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }
    var integerDigits: Int { Int(integerDigitCount) }
    var fractionDigits: Int {
        get { Int(fractionDigitCount) }
        set { fractionDigitCount = UInt8(min(newValue, 255)) }
    }

    init(kind: Kind, start: Int, end: Int, spaceBefore: Bool, text: ShortWord = ShortWord(), capitalized: Bool = false,
         value: Double = 0, integerDigits: Int = 0, hasComma: Bool = false, hasDecimal: Bool = false) {
        self.kind = kind
        startOffset = Int32(truncatingIfNeeded: start)
        endOffset = Int32(truncatingIfNeeded: end)
        self.spaceBefore = spaceBefore
        self.text = text
        self.capitalized = capitalized
        self.value = value
        integerDigitCount = UInt8(min(integerDigits, 255))
        self.hasComma = hasComma
        self.hasDecimal = hasDecimal
    }

    @inline(__always) func isWord(_ w: ShortWord) -> Bool { kind == .word && text == w }
    @inline(__always) func isSymbol(_ s: ShortWord) -> Bool { kind == .symbol && text == s }
}

/// Splits a sentence into number, word and symbol tokens in one pass over its UTF-8 bytes.
///
/// Numbers keep thousands commas ("32,000") and decimals ("1.13") together; letters glued to a
/// number ("600m", "1.13bn", "1st") become a separate word token with `spaceBefore == false`,
/// so the grammar can read magnitudes and reject ordinals. Hyphens and dashes are symbols,
/// which keeps "25-year-old" and "twenty-five" readable token by token.
enum FigureTokenizer {
    /// Replaces the contents of `tokens` with the tokens of `range` of `bytes`, so one buffer
    /// serves every window of an article. `range` should start and end at whitespace or at the
    /// ends of `bytes`, so no token is cut (see `FigureTrigger.windows`).
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, into tokens: inout [FigureToken]) {
        tokens.removeAll(keepingCapacity: true)
        // Checked here: `reserveCapacity` is an out-of-line call even when the room is there.
        if tokens.capacity < range.count / 4 { tokens.reserveCapacity(range.count / 4) }
        let n = range.upperBound
        var i = range.lowerBound
        var space = true
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                space = true; i += 1; continue
            }
            if b >= 0x30 && b <= 0x39 {
                let t = scanNumber(bytes, from: i, spaceBefore: space)
                tokens.append(t)
                i = t.end
                space = false
                continue
            }
            if isLetter(bytes, i) {
                let start = i
                var lower = ShortWord()
                while i < n {
                    let c = bytes[i]
                    if c < 0x80, isASCIILetter(c) {
                        i = appendASCIILetters(bytes, from: i, end: n, to: &lower)
                    } else if isLetter(bytes, i) {  // a letter beyond ASCII, appended as written
                        let len = scalarLength(c)
                        for k in 0..<len where i + k < n { lower.append(bytes[i + k]) }
                        i += len
                    } else if c == 0x27, i + 1 < n, isASCIILetter(bytes[i + 1]), !lower.isEmpty {
                        lower.append(c); i += 1
                    } else if c == 0xE2, i + 3 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, isASCIILetter(bytes[i + 3]) {
                        lower.append(0x27); i += 3  // ’ inside a word: read as '
                    } else {
                        break
                    }
                }
                let first = bytes[start]
                tokens.append(FigureToken(kind: .word, start: start, end: i, spaceBefore: space, text: lower,
                                          capitalized: first >= 0x41 && first <= 0x5A))
                space = false
                continue
            }
            // Symbols: one scalar each; all dashes read as "-", non-breaking space as space.
            let len = min(scalarLength(b), n - i)
            var sym: ShortWord
            if b == 0xC2, len == 2, bytes[i + 1] == 0xA0 {
                space = true; i += 2; continue
            } else if b == 0xE2, len == 3, bytes[i + 1] == 0x80, bytes[i + 2] >= 0x90, bytes[i + 2] <= 0x95 {
                sym = "-"
            } else if b == 0xE2, len == 3, bytes[i + 1] == 0x80, bytes[i + 2] >= 0x98, bytes[i + 2] <= 0x9F {
                sym = "\""
            } else {
                sym = ShortWord()
                for k in i..<(i + len) { sym.append(bytes[k]) }
            }
            if sym == "'" { sym = "\"" }
            tokens.append(FigureToken(kind: .symbol, start: i, end: i + len, spaceBefore: space, text: sym))
            i += len
            space = false
        }
    }

    /// Appends the run of ASCII letters from `i` (before `end`) to `word`, lowered, and returns
    /// where the run stops. Eight bytes a step (`ByteChunk`): a window is mostly ASCII words, and
    /// classifying and lowering them byte by byte was the tokenizer's main cost.
    @inline(__always) private static func appendASCIILetters(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, end: Int,
                                                             to word: inout ShortWord) -> Int {
        var i = i
        while i < end {
            let count = min(8, end &- i)
            let chunk = ByteChunk.load(bytes, at: i, count: count)
            let (alphanumeric, digits) = ByteChunk.alphanumerics(chunk)
            let stop = ~(alphanumeric ^ digits) & ByteChunk.highBits  // zeros past `count` stop the run
            let run = stop.trailingZeroBitCount &>> 3
            var lowered = ByteChunk.lowered(chunk, letters: alphanumeric ^ digits)
            if word.isEmpty {
                word = ShortWord(chunk: lowered, count: run)
            } else {
                for _ in 0..<run {
                    word.append(UInt8(truncatingIfNeeded: lowered))
                    lowered &>>= 8
                }
            }
            i &+= run
            if run < 8 { break }
        }
        return i
    }

    /// Reads digits with thousands commas (a comma followed by exactly three digits) and one
    /// decimal point followed by a digit.
    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaceBefore: Bool) -> FigureToken {
        let n = bytes.count
        var i = start
        var intPart: Double = 0
        var digits = 0
        var comma = false
        while i < n {
            let c = bytes[i]
            if c >= 0x30 && c <= 0x39 {
                intPart = intPart * 10 + Double(c - 0x30); digits += 1; i += 1
            } else if c == 0x2C, isDigit(bytes, i + 1), isDigit(bytes, i + 2), isDigit(bytes, i + 3),
                      !isDigit(bytes, i + 4) {
                comma = true; i += 1
            } else {
                break
            }
        }
        var value = intPart
        var decimal = false
        var fractionDigits = 0
        if i + 1 < n, bytes[i] == 0x2E, isDigit(bytes, i + 1) {
            decimal = true
            i += 1
            var scale = 0.1
            while i < n, isDigit(bytes, i) {
                value += Double(bytes[i] - 0x30) * scale
                scale /= 10
                fractionDigits += 1
                i += 1
            }
        }
        var token = FigureToken(kind: .number, start: start, end: i, spaceBefore: spaceBefore, value: value,
                                integerDigits: digits, hasComma: comma, hasDecimal: decimal)
        token.fractionDigits = fractionDigits
        token.leadingZero = digits > 1 && bytes[start] == 0x30
        return token
    }

    @inline(__always) private static func isDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39
    }

    @inline(__always) private static func isASCIILetter(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// ASCII letters, and any non-ASCII scalar except the punctuation and currency signs the
    /// grammar needs to see (dashes, quotes, £, €, ¥, non-breaking space).
    @inline(__always) private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = bytes[i]
        if c < 0x80 { return isASCIILetter(c) }
        if c < 0xC2 { return false }
        if c == 0xC2 { return false }  // Latin-1 punctuation and signs (£ ¥ « non-breaking space)
        if c == 0xE2 { return false }  // general punctuation, currency signs, arrows
        return true
    }

    @inline(__always) private static func scalarLength(_ c: UInt8) -> Int {
        if c < 0x80 { return 1 }
        if c < 0xE0 { return 2 }
        if c < 0xF0 { return 3 }
        return 4
    }
}
