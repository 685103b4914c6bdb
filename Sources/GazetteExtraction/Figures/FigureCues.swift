import Foundation

/// The general cues that make a figure key, kept apart from the ranking loop so each weight
/// has one place and one reason.
enum FigureCues {
    /// Below this a figure reads as context; it is shown only to reach the minimum count.
    static let contextThreshold = 1.0
    /// Below this a figure is likely not one at all (a bare "two" that the grammar kept): never shown.
    static let floor = 0.5

    /// Whether figures `a` and `b` are the same figure written again ("nine months" twice): the
    /// same value and, for money, the same currency, otherwise the same kind. Read in place in
    /// `figures`, as the ranker compares every pair: a copy of a figure retains its strings.
    static func isSame(_ a: Int, _ b: Int, in figures: [Figure]) -> Bool {
        figures[a].value == figures[b].value && figures[a].kind == figures[b].kind
            && (figures[a].kind != .money || figures[a].unit == figures[b].unit)
    }

    /// The importance of one figure; higher is more important.
    ///
    /// `titleWords` are the folded word ids of the title (see `wordIds(of:)`). `moneyRank` is
    /// the figure's place among the article's amounts in its currency, from 0 (smallest) to 1
    /// (largest), or nil for other kinds and when there are fewer than three.
    static func score(_ f: Figure, sentenceText: String, repeats: Int, titleWords: [UInt64],
                      moneyRank: Double? = nil) -> Double {
        var sentenceText = sentenceText
        return sentenceText.withUTF8 { sentence in
            score(f, sentence: sentence, repeats: repeats, titleWords: titleWords, moneyRank: moneyRank)
        }
    }

    /// As `score(_:sentenceText:...)`, reading the sentence's UTF-8 bytes in place.
    static func score(_ f: Figure, sentence: UnsafeBufferPointer<UInt8>, repeats: Int, titleWords: [UInt64],
                      moneyRank: Double?) -> Double {
        var figureText = f.text
        return figureText.withUTF8 { text in
            let decimal = f.value != f.value.rounded()
            let hasDigit = text.contains { $0 >= 0x30 && $0 <= 0x39 }
            var s: Double
            switch f.kind {
            case .money: s = 3.0
            case .percent: s = 2.0
            // A count without its noun is often a score, a rank or an age; a large one still matters.
            case .count: s = !f.unit.isEmpty ? 2.5 : (f.value >= 1000 ? 1.8 : 0.8)
            case .measure: s = 2.2
            case .duration: s = decimal ? 2.2 : 1.5  // a race time "7.96 seconds" is a result
            }
            // Inverted pyramid: the lead sentence carries the story's main numbers.
            switch f.sentence {
            case 0: s += 3.0
            case 1: s += 1.2
            case 2: s += 0.8
            case 3: s += 0.6
            default: s += max(0, 0.5 - 0.03 * Double(f.sentence))
            }
            // Coming back to a figure marks it as the story's; equal percentages are often chance.
            if f.kind != .percent { s += 0.7 * Double(min(repeats, 2)) }
            if !titleWords.isEmpty, !f.unit.isEmpty, f.kind != .money, f.kind != .percent {
                var unit = f.unit
                var echoed = false
                unit.withUTF8 { forEachWordId(of: $0) { id in if titleWords.contains(id) { echoed = true } } }
                if echoed { s += 1.0 }
            }
            // Context, not news.
            if findIgnoringCase("year-old", in: text) || findIgnoringCase("years old", in: text)
                || findIgnoringCase("aged ", in: text) || isBareAge(f, text: text, in: sentence) {
                s -= 3.0
            }
            if f.unit == "fraction" { s -= 1.5 }
            if isVague(text) { s -= 1.5 }
            // "the three months to December", "two years ago": small spans frame the story.
            if f.kind == .duration, f.value <= 3, !decimal { s -= 2.0 }
            // Headline amounts are the large ones (group totals, not a division's share).
            if let rank = moneyRank { s += 0.8 * (rank - 0.5) }
            // "rose to $11.1bn from $10.9bn": the earlier value is the comparison, not the news.
            if f.kind != .duration, find(text, in: sentence, afterWord: "from") { s -= 0.4 }
            if f.kind == .count, f.unit.isEmpty, f.value < 100, !hasDigit { s -= 0.6 }
            if find(text, in: sentence, after: 0x28) { s -= 2.5 }  // "$1.13bn (£600m)" restates an amount
            return s
        }
    }

    /// "millions of", "dozens of": an order of magnitude, not a figure.
    private static func isVague(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        findIgnoringCase("s of", in: text) && (findIgnoringCase("dozens", in: text) || findIgnoringCase("scores", in: text)
            || findIgnoringCase("hundreds", in: text) || findIgnoringCase("thousands", in: text)
            || findIgnoringCase("millions", in: text) || findIgnoringCase("billions", in: text))
    }

    /// "at the age of 87", "Gatlin, 22, won": a number of years written without a unit word.
    static func isBareAge(_ f: Figure, text: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard f.unit == "years", f.kind == .duration, text.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return false
        }
        return find(text, in: hay, afterWord: "age of") || find(text, in: hay, between: 0x2C)
    }

    /// Whether `needle` (lowercase ASCII) occurs in `hay`, ASCII capitals in `hay` read as lowercase.
    static func findIgnoringCase(_ needle: StaticString, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard n.count <= hay.count else { return false }
        var i = 0
        while i <= hay.count - n.count {
            var k = 0
            while k < n.count, UTF8Class.lowered(hay[i &+ k]) == n[k] { k &+= 1 }
            if k == n.count { return true }
            i &+= 1
        }
        return false
    }

    /// Whether the bytes of `needle` occur in `hay`, right after the byte `after` if given.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, after: UInt8? = nil) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return false }
        let last = hay.count - needle.count
        var i = after == nil ? 0 : 1
        while let at = next(first, in: hay, from: i, through: last) {
            if after.map({ hay[at - 1] == $0 }) ?? true, matches(needle, hay, at: at) { return true }
            i = at &+ 1
        }
        return false
    }

    /// Whether `needle` occurs in `hay` between `separator` and space on its left and
    /// `separator` on its right (", 22,").
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, between separator: UInt8) -> Bool {
        guard let first = needle.first, needle.count + 3 <= hay.count else { return false }
        var i = 2
        while let at = next(first, in: hay, from: i, through: hay.count - needle.count - 1) {
            if hay[at - 1] == 0x20, hay[at - 2] == separator, hay[at + needle.count] == separator,
               matches(needle, hay, at: at) { return true }
            i = at &+ 1
        }
        return false
    }

    /// Whether `needle` occurs in `hay` right after `word` and a space ("from $10.9bn").
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>,
                     afterWord word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = needle.first, needle.count <= hay.count else { return false }
        var i = w.count + 1
        while let at = next(first, in: hay, from: i, through: hay.count - needle.count) {
            if hay[at - 1] == 0x20, matches(needle, hay, at: at), matches(w, hay, at: at - 1 - w.count) { return true }
            i = at &+ 1
        }
        return false
    }

    /// The first offset from `start` through `last` where `hay` holds `byte` (memchr, which
    /// reads many bytes a step: a sentence is searched once per figure).
    @inline(__always) private static func next(_ byte: UInt8, in hay: UnsafeBufferPointer<UInt8>, from start: Int,
                                               through last: Int) -> Int? {
        guard start <= last, let base = hay.baseAddress,
              let found = memchr(base + start, Int32(byte), last - start + 1) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `hay` holds all of `needle` at `i` (the caller keeps it in bounds).
    @inline(__always) private static func matches(_ needle: UnsafeBufferPointer<UInt8>, _ hay: UnsafeBufferPointer<UInt8>,
                                                  at i: Int) -> Bool {
        var k = 0
        while k < needle.count {
            if hay[i &+ k] != needle[k] { return false }
            k &+= 1
        }
        return true
    }

    /// Ids (`WordHasher`) of the lowercased ASCII words of a title or unit longer than two
    /// letters, singular and plural folded ("cafes" and "cafe" are both "cafe", "bodies" is "body").
    static func wordIds(of text: String) -> [UInt64] {
        var ids: [UInt64] = []
        ids.reserveCapacity(text.utf8.count / 4 + 1)  // a word takes three letters and a separator
        var text = text
        text.withUTF8 { forEachWordId(of: $0) { ids.append($0) } }
        return ids
    }

    /// Calls `body` with the id of each folded word of `text` (see `wordIds(of:)`), building no strings.
    static func forEachWordId(of text: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var i = 0
        while i < text.count {
            guard UTF8Class.isASCIILetter(text[i]) else { i += 1; continue }
            let start = i
            while i < text.count, UTF8Class.isASCIILetter(text[i]) { i += 1 }
            var end = i
            guard end - start > 2 else { continue }
            var tail: UInt8? = nil
            if end - start > 3, UTF8Class.lowered(text[end - 3]) == 0x69, UTF8Class.lowered(text[end - 2]) == 0x65,
               UTF8Class.lowered(text[end - 1]) == 0x73 {
                end -= 3
                tail = 0x79  // "ies" -> "y"
            } else if UTF8Class.lowered(text[end - 1]) == 0x73 {
                end -= 1
            }
            if let tail {
                // The folded word on the stack: this runs for every title word ending in "ies".
                let id = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 1) { folded in
                    _ = folded.initialize(from: text[start..<end])
                    folded[end - start] = tail
                    return WordHasher.id(of: UnsafeBufferPointer(folded), in: 0..<folded.count)
                }
                body(id)
            } else {
                body(WordHasher.id(of: text, in: start..<end))
            }
        }
    }
}
