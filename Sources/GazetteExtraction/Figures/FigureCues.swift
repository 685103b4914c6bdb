import Foundation

/// The general cues that make a figure key, kept apart from the ranking loop so each weight
/// has one place and one reason.
enum FigureCues {
    /// Below this a figure reads as context; it is shown only to reach the minimum count.
    static let contextThreshold = 1.0
    /// Below this a figure is likely not one at all (a bare "two" that the grammar kept): never shown.
    static let floor = 0.5

    /// Figures with this identity are the same figure written again ("nine months" twice).
    static func identity(of f: Figure) -> Identity {
        Identity(value: f.value, unit: f.kind == .money ? f.unit : f.kind.rawValue)
    }

    struct Identity: Hashable {
        var value: Double
        var unit: String
    }

    /// The importance of one figure; higher is more important.
    ///
    /// `moneyRank` is the figure's place among the article's amounts in its currency, from 0
    /// (smallest) to 1 (largest), or nil for other kinds and when there are fewer than three.
    static func score(_ f: Figure, sentenceText: String, repeats: Int, titleWords: Set<String>,
                      moneyRank: Double? = nil) -> Double {
        var sentenceText = sentenceText
        return sentenceText.withUTF8 { sentence in
            score(f, sentence: sentence, repeats: repeats, titleWords: titleWords, moneyRank: moneyRank)
        }
    }

    /// As `score(_:sentenceText:...)`, reading the sentence's UTF-8 bytes in place.
    static func score(_ f: Figure, sentence: UnsafeBufferPointer<UInt8>, repeats: Int, titleWords: Set<String>,
                      moneyRank: Double?) -> Double {
        let lowerBytes = f.text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return lowerBytes.withUnsafeBufferPointer { lower in
            let decimal = f.value != f.value.rounded()
            let hasDigit = lower.contains { $0 >= 0x30 && $0 <= 0x39 }
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
                var echoed = false
                forEachWord(of: f.unit) { w in if !echoed && titleWords.contains(w) { echoed = true } }
                if echoed { s += 1.0 }
            }
            // Context, not news.
            if find("year-old", in: lower) || find("years old", in: lower) || find("aged ", in: lower)
                || isBareAge(f, in: sentence) {
                s -= 3.0
            }
            if f.unit == "fraction" { s -= 1.5 }
            if isVague(lower) { s -= 1.5 }
            // "the three months to December", "two years ago": small spans frame the story.
            if f.kind == .duration, f.value <= 3, !decimal { s -= 2.0 }
            // Headline amounts are the large ones (group totals, not a division's share).
            if let rank = moneyRank { s += 0.8 * (rank - 0.5) }
            // "rose to $11.1bn from $10.9bn": the earlier value is the comparison, not the news.
            if f.kind != .duration, find(f.text, in: sentence, afterWord: "from") { s -= 0.4 }
            if f.kind == .count, f.unit.isEmpty, f.value < 100, !hasDigit { s -= 0.6 }
            if find(f.text, in: sentence, after: 0x28) { s -= 2.5 }  // "$1.13bn (£600m)" restates an amount
            return s
        }
    }

    /// "millions of", "dozens of": an order of magnitude, not a figure.
    private static func isVague(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        find("s of", in: lower) && (find("dozens", in: lower) || find("scores", in: lower) || find("hundreds", in: lower)
            || find("thousands", in: lower) || find("millions", in: lower) || find("billions", in: lower))
    }

    /// "at the age of 87", "Gatlin, 22, won": a number of years written without a unit word.
    static func isBareAge(_ f: Figure, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard f.unit == "years", f.kind == .duration, f.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return false
        }
        return find("age of " + f.text, in: hay) || find(", " + f.text + ",", in: hay)
    }

    /// Whether the UTF-8 bytes of `needle` occur in `hay`, right after the byte `after` if given.
    static func find(_ needle: String, in hay: UnsafeBufferPointer<UInt8>, after: UInt8? = nil) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard let first = n.first, n.count <= hay.count else { return false }
            let last = hay.count - n.count
            var i = after == nil ? 0 : 1
            while let at = next(first, in: hay, from: i, through: last) {
                if after.map({ hay[at - 1] == $0 }) ?? true, matches(n, hay, at: at) { return true }
                i = at &+ 1
            }
            return false
        }
    }

    /// Whether `needle` occurs in `hay` right after `word` and a space ("from $10.9bn").
    static func find(_ needle: String, in hay: UnsafeBufferPointer<UInt8>, afterWord word: StaticString) -> Bool {
        var needle = needle
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return needle.withUTF8 { n in
            guard let first = n.first, n.count <= hay.count else { return false }
            var i = w.count + 1
            while let at = next(first, in: hay, from: i, through: hay.count - n.count) {
                if hay[at - 1] == 0x20, matches(n, hay, at: at), matches(w, hay, at: at - 1 - w.count) { return true }
                i = at &+ 1
            }
            return false
        }
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

    /// Lowercased ASCII words of a title or unit longer than two letters, singular and plural
    /// folded ("cafes" and "cafe" are both "cafe", "bodies" is "body").
    static func words(of text: String) -> Set<String> {
        var result: Set<String> = []
        forEachWord(of: text) { result.insert($0) }
        return result
    }

    /// Calls `body` with each folded word of `text` (see `words(of:)`), without building a set.
    static func forEachWord(of text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        for b in text.utf8 + [0x20] {
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                word.append(lower)
                continue
            }
            if word.count > 2 {
                if word.count > 3, word.suffix(3).elementsEqual("ies".utf8) {
                    word.removeLast(3)
                    word.append(0x79)
                } else if word.last == 0x73 {
                    word.removeLast()
                }
                body(String(decoding: word, as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
        }
    }
}
