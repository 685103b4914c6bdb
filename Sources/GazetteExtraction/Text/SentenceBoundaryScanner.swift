/// Finds the sentence boundaries of one paragraph, working on its UTF-8 bytes.
///
/// One pass, left to right; at each terminal (`.`, `!`, `?`, `...`, `…`) it takes the closing
/// quotes and brackets that follow, then decides from the next word:
/// - lower case goes on (`"Why?" he asked.`, `e.g. the`), except brand names (`iPod`);
/// - a digit ends the sentence unless the period is a number abbreviation (`No. 10`, `Jan. 5`);
/// - a capital ends it, except after a title (`Mr.`), and after an initial, a dotted acronym
///   or another abbreviation (`J.K.`, `U.S.`, `Inc.`) only when a usual opener follows;
/// - with no space at all (`stake.It will`, `said."The next`) it ends only where the text
///   was clearly run together, not in names such as `One.Tel`.
/// Straight double quotes are paired by counting them, to tell a closing quote from an
/// opening one when no space separates them from the period.
struct SentenceBoundaryScanner {
    /// The paragraph's UTF-8 bytes, read in place (see `SentenceSplitter`): copying each
    /// paragraph into an array, and making an array of ranges for each, cost about a fifth of
    /// splitting it.
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: SentenceLexicon

    private enum Terminal { case period, ellipsis, exclamation }

    /// What the word before a period is, for deciding whether the period ends a sentence.
    private enum TokenKind { case word, title, number, abbreviation, initial }

    /// Replaces the contents of `ranges` with the UTF-8 ranges of the sentences, trimmed of
    /// whitespace, in order; empty sentences dropped. One buffer serves every paragraph.
    func sentenceRanges(into ranges: inout [Range<Int>]) {
        let n = bytes.count
        ranges.removeAll(keepingCapacity: true)
        var start = 0
        var quoteOpen = false
        var i = 0
        while i < n {
            i = nextMarker(from: i)
            if i == n { break }
            let b = bytes[i]
            // Only quotes, terminals and U+20xx punctuation matter.
            if b != 0x22 && b != 0x2E && b != 0x21 && b != 0x3F && b != 0xE2 { i += 1; continue }
            if b == 0x22 { quoteOpen.toggle(); i += 1; continue }
            if b == 0xE2 {
                if UTF8Class.isGeneralPunctuation(bytes, i, UTF8Class.leftDoubleQuote) { quoteOpen = true; i += 3; continue }
                if UTF8Class.isGeneralPunctuation(bytes, i, UTF8Class.rightDoubleQuote) { quoteOpen = false; i += 3; continue }
            }
            guard let (terminal, termEnd) = terminalRun(at: i) else { i += 1; continue }
            let (afterClosers, closedQuote) = skipClosers(from: termEnd, quoteOpen: &quoteOpen)
            if isBoundary(terminalStart: i, terminalEnd: termEnd, after: afterClosers,
                          terminal: terminal, closedQuote: closedQuote) {
                append(start..<afterClosers, to: &ranges)
                start = afterClosers
            }
            i = afterClosers
        }
        append(start..<n, to: &ranges)
    }

    /// The first offset at or after `i` whose byte may matter to the loop of `sentenceRanges`
    /// (`"`, `.`, `!`, `?`, or 0xE2, the lead byte of U+20xx), found eight bytes a step
    /// (`ByteChunk`): most of a paragraph is words and spaces, and testing them byte by byte
    /// was half the cost of splitting. Within the last seven bytes it stops at once, and the
    /// loop reads them one by one; it returns `bytes.count` when nothing is left.
    @inline(__always) private func nextMarker(from i: Int) -> Int {
        var i = i
        while i &+ 8 <= bytes.count {
            let chunk = ByteChunk.load(bytes, at: i)
            let markers = ByteChunk.equal(chunk, 0x22) | ByteChunk.equal(chunk, 0x2E) | ByteChunk.equal(chunk, 0x21)
                | ByteChunk.equal(chunk, 0x3F) | ByteChunk.equal(chunk, 0xE2)
            if markers != 0 { return i &+ (markers.trailingZeroBitCount &>> 3) }
            i &+= 8
        }
        return i  // the last few bytes: the loop reads them one by one
    }

    private func append(_ range: Range<Int>, to ranges: inout [Range<Int>]) {
        var s = range.lowerBound, e = range.upperBound
        while s < e {
            let w = UTF8Class.whitespaceLength(bytes, s)
            if w == 0 { break }
            s += w
        }
        while e > s {
            if UTF8Class.whitespaceLength(bytes, e - 1) == 1 { e -= 1; continue }
            if e - 2 >= s, bytes[e - 2] == 0xC2, bytes[e - 1] == 0xA0 { e -= 2; continue }
            break
        }
        if s < e { ranges.append(s..<e) }
    }

    /// The terminal punctuation starting at `i` and the offset just past it, or nil.
    private func terminalRun(at i: Int) -> (Terminal, Int)? {
        var j = i
        var dots = 0
        var bang = false
        var ellipsisChar = false
        while j < bytes.count {
            let b = bytes[j]
            if b == 0x2E { dots += 1; j += 1 }
            else if b == 0x21 || b == 0x3F { bang = true; j += 1 }
            else if UTF8Class.isGeneralPunctuation(bytes, j, UTF8Class.ellipsis) { ellipsisChar = true; j += 3 }
            else { break }
        }
        if j == i { return nil }
        if bang { return (.exclamation, j) }
        if ellipsisChar || dots >= 2 { return (.ellipsis, j) }
        return (.period, j)
    }

    /// Skips closing quotes and brackets after a terminal; returns the offset past them and
    /// whether a double quote was closed.
    private func skipClosers(from start: Int, quoteOpen: inout Bool) -> (Int, Bool) {
        var j = start
        var closed = false
        let n = bytes.count
        while j < n {
            let b = bytes[j]
            if b == 0x22 {
                // A straight quote closes when one is open or when a space follows it;
                // otherwise it opens the next sentence (`said."The next`).
                let spaceAfter = j + 1 == n || UTF8Class.whitespaceLength(bytes, j + 1) > 0
                guard quoteOpen || spaceAfter else { break }
                quoteOpen = false
                closed = true
                j += 1
            } else if b == 0x27 {
                let spaceAfter = j + 1 == n || UTF8Class.whitespaceLength(bytes, j + 1) > 0 || bytes[j + 1] == 0x22
                guard spaceAfter else { break }
                j += 1
            } else if quoteOpen, b == 0x20, j + 1 < n, bytes[j + 1] == 0x22,
                      j + 2 == n || UTF8Class.whitespaceLength(bytes, j + 2) > 0 {
                // A closing quote set off by a space: `a year. " And the Chancellor`.
                quoteOpen = false
                closed = true
                j += 2
            } else if b == 0x29 || b == 0x5D {
                j += 1
            } else if UTF8Class.isGeneralPunctuation(bytes, j, UTF8Class.rightDoubleQuote) {
                quoteOpen = false
                closed = true
                j += 3
            } else if UTF8Class.isGeneralPunctuation(bytes, j, UTF8Class.rightSingleQuote) {
                j += 3
            } else {
                break
            }
        }
        return (j, closed)
    }

    /// Whether a sentence ends after the terminal at `terminalStart..<terminalEnd` and the
    /// closers up to `after`.
    private func isBoundary(terminalStart: Int, terminalEnd: Int, after: Int, terminal: Terminal,
                            closedQuote: Bool) -> Bool {
        let n = bytes.count
        var k = after
        while k < n {
            let w = UTF8Class.whitespaceLength(bytes, k)
            if w == 0 { break }
            k += w
        }
        if k == n { return true }
        let spaced = k > after
        // Skip opening quotes and brackets to the first character of the next word.
        var w = k
        var opened = false
        while w < n {
            let b = bytes[w]
            if b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B { w += 1; opened = true; continue }
            if UTF8Class.isGeneralPunctuation(bytes, w, UTF8Class.leftDoubleQuote)
                || UTF8Class.isGeneralPunctuation(bytes, w, UTF8Class.leftSingleQuote) { w += 3; opened = true; continue }
            break
        }
        guard w < n else { return true }
        let c = bytes[w]
        let startsUpper = UTF8Class.isUpper(c) || UTF8Class.isMultiByteLead(c) || isCamelBrand(at: w)
        let startsDigit = UTF8Class.isDigit(c) || c == 0x24 || c == 0xC2 && w + 1 < n && bytes[w + 1] == 0xA3

        if !spaced {
            return isRunTogetherBoundary(terminalStart: terminalStart, terminal: terminal, closedQuote: closedQuote,
                                         openedQuote: opened, nextWord: w, startsUpper: startsUpper)
        }
        if isListDash(at: w) {
            // A period before a dashed list item: "...on Monday.   - People coming to the UK".
            return terminal == .exclamation || terminal == .period && tokenKind(endingAt: terminalStart) != .title
        }
        if !startsUpper && !startsDigit {
            // Lower case or other punctuation goes on: `"Why?" he asked`, `e.g. the`.
            return false
        }
        switch terminal {
        case .exclamation:
            return true
        case .ellipsis:
            // "word... Next" ends a sentence; " ... " inside a quotation marks an elision.
            if startsDigit { return false }
            let elision = terminalStart > 0 && UTF8Class.whitespaceLength(bytes, terminalStart - 1) > 0
            return !elision || isStarter(at: w)
        case .period:
            switch tokenKind(endingAt: terminalStart) {
            case .word: return true
            case .title: return false
            case .number: return !startsDigit  // "No. 10" stays; "He said No. Then" splits
            case .abbreviation, .initial: return !startsDigit && isStarter(at: w)
            }
        }
    }

    /// Decides a terminal with no space after it: `stake.It will`, `said."The`, `$1.13bn`, `One.Tel`.
    private func isRunTogetherBoundary(terminalStart: Int, terminal: Terminal, closedQuote: Bool,
                                       openedQuote: Bool, nextWord: Int, startsUpper: Bool) -> Bool {
        guard startsUpper, terminalStart > 0 else { return false }
        let prev = bytes[terminalStart - 1]
        if terminal == .exclamation || closedQuote {
            return isCapitalized(at: nextWord) || isStarter(at: nextWord)
        }
        let kind = tokenKind(endingAt: terminalStart)
        guard kind == .word else { return false }
        if openedQuote {
            // `said."The next`: the quote opens the next sentence.
            return UTF8Class.isASCIILetter(prev) || UTF8Class.isDigit(prev) || prev == 0x25
        }
        guard isCapitalized(at: nextWord) || isStarter(at: nextWord) else { return false }
        if isStarter(at: nextWord) { return true }
        let token = tokenBytes(endingAt: terminalStart)
        if token.isEmpty { return UTF8Class.isDigit(prev) || prev == 0x25 || prev == 0x29 }
        // A lower-case word before the period (`tsunami.Steve`, `$10.9bn.For`), not a host name.
        let lowerWord = token.count >= 2 && token.allSatisfy(UTF8Class.isLower) && !token.elementsEqual("www".utf8)
        return lowerWord
    }

    /// The letters (and inner periods) of the word that ends at `end`, a period's offset.
    private func tokenBytes(endingAt end: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
        var s = end
        while s > 0, UTF8Class.isASCIILetter(bytes[s - 1]) || bytes[s - 1] == 0x2E { s -= 1 }
        while s < end, bytes[s] == 0x2E { s += 1 }
        // A word glued to a digit ("3.5m") or to a longer word is not an abbreviation.
        return bytes[s..<end]
    }

    private func tokenKind(endingAt end: Int) -> TokenKind {
        let token = tokenBytes(endingAt: end)
        guard !token.isEmpty else { return .word }
        let start = token.startIndex
        // "3.5m." or "$10.9bn." : a unit after a number, an ordinary word end.
        if start > 0, UTF8Class.isDigit(bytes[start - 1]) { return .word }
        // An all-capital word is an acronym ("FT", "MS", "BBC"), never "Ft." or "Ms.".
        let acronym = token.count >= 2 && token.allSatisfy(UTF8Class.isUpper)
        if !acronym, let kind = lexicon.abbreviations[lowered(token)] {
            switch kind {
            case .title: return .title
            case .number: return .number
            case .abbreviation: return .abbreviation
            }
        }
        // A lone capital is an initial ("George W. Bush"), unless glued to a name ("AT&T", "Jay-Z").
        if token.count == 1, UTF8Class.isUpper(token[start]) {
            let glued = start > 0 && (bytes[start - 1] == 0x26 || bytes[start - 1] == 0x2D)
            return glued ? .word : .initial
        }
        if token.contains(0x2E) {
            // Dotted initials and acronyms: "U.S", "J.K", "Ph.D", "p.m".
            let segments = token.split(separator: 0x2E)
            if segments.allSatisfy({ $0.count <= 2 }) { return .initial }
        }
        return .word
    }

    /// `bytes` with ASCII capitals lowered, as a word-list key (lists hold ASCII words).
    private func lowered(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> ShortWord {
        var word = ShortWord()
        for b in bytes { word.append(UTF8Class.lowered(b)) }
        return word
    }

    /// The lower-cased ASCII letters (and apostrophes) of the word at `i`.
    private func word(at i: Int) -> ShortWord {
        var e = i
        while e < bytes.count, UTF8Class.isASCIILetter(bytes[e]) || bytes[e] == 0x27 { e += 1 }
        return lowered(bytes[i..<e])
    }

    private func isStarter(at i: Int) -> Bool {
        lexicon.starters.contains(word(at: i))
    }

    /// A capital followed by a lower-case letter ("The", "Steve"), not an acronym ("BBC").
    private func isCapitalized(at i: Int) -> Bool {
        i + 1 < bytes.count && UTF8Class.isUpper(bytes[i]) && UTF8Class.isLower(bytes[i + 1])
    }

    /// A hyphen, dash or bullet standing alone before a list item.
    private func isListDash(at i: Int) -> Bool {
        var e = i
        if bytes[i] == 0x2D || bytes[i] == 0x2A { e = i + 1 }
        else if UTF8Class.isGeneralPunctuation(bytes, i, 0x93) || UTF8Class.isGeneralPunctuation(bytes, i, 0x94)
                    || UTF8Class.isGeneralPunctuation(bytes, i, 0xA2) { e = i + 3 }
        else { return false }
        return e < bytes.count && UTF8Class.whitespaceLength(bytes, e) > 0
    }

    /// A brand written with a lower-case first letter: "iPod", "eBay", "iTunes".
    private func isCamelBrand(at i: Int) -> Bool {
        guard UTF8Class.isLower(bytes[i]) else { return false }
        let end = min(bytes.count, i + 3)
        var j = i + 1
        while j < end {
            if UTF8Class.isUpper(bytes[j]) { return true }
            if !UTF8Class.isLower(bytes[j]) { return false }
            j += 1
        }
        return false
    }
}
