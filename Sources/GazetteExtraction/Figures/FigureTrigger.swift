/// Finds where a sentence can hold a figure, so only a few words around each are tokenized.
///
/// A figure needs a digit or a number word ("six", "million", "half", "twice", "dozens"). The
/// article's word pass (`ArticleWords`) records where such words start; the windows around
/// them are found by walking whitespace in the sentence's bytes. A false alarm only costs a
/// tokenized window.
enum FigureTrigger {
    /// Words of context the grammar reads before a trigger ("as many as", "in excess of") and
    /// after it ("100,000 or so net cafes", "a quarter of a percentage point"; in "two and a
    /// half million people", "million" is a trigger too and carries the window on). On the
    /// BBC corpus six words after gave the same 12,371 figures as four, for a fifth more tokens.
    static let wordsBefore = 3
    static let wordsAfter = 4

    /// The byte ranges of a sentence worth tokenizing: each trigger (the offset of a word
    /// with a digit, or of a number word: `ArticleWords.triggers`) with `wordsBefore`
    /// whitespace-separated words before it and `wordsAfter` after it, merged when they
    /// overlap. The cost follows the triggers, not the length of the sentence.
    static func windows(triggers: ArraySlice<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        windows(triggers: triggers, in: bytes, into: &result)
        return result
    }

    /// As `windows(triggers:in:)`, replacing the contents of `result`, so one buffer serves
    /// every sentence of an article.
    static func windows(triggers: ArraySlice<Int>, in bytes: UnsafeBufferPointer<UInt8>, into result: inout [Range<Int>]) {
        result.removeAll(keepingCapacity: true)
        var triggerWordEnd = -1
        for trigger in triggers {
            // "1,000" and "$1.13bn" hold two triggers: the word's window is already taken.
            if trigger < triggerWordEnd { continue }
            triggerWordEnd = wordEnd(after: trigger, in: bytes)
            var end = triggerWordEnd
            for _ in 0..<wordsAfter {
                var e = end
                while e < bytes.count, isSpace(bytes[e]) { e += 1 }
                guard e < bytes.count else { break }
                end = wordEnd(after: e, in: bytes)
            }
            if let last = result.last, last.upperBound > trigger {
                // Inside the open window, which now reaches further.
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, end)
                continue
            }
            var start = wordStart(before: trigger, in: bytes)
            for _ in 0..<wordsBefore {
                var s = start
                while s > 0, isSpace(bytes[s - 1]) { s -= 1 }
                guard s > 0 else { break }
                start = wordStart(before: s, in: bytes)
            }
            if let last = result.last, last.upperBound >= start {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                result.append(start..<end)
            }
        }
    }

    /// The start of the whitespace-separated word holding offset `i` ("$" of "$5m"), looking
    /// back eight bytes a step: a byte loop mispredicts its exit at every word.
    @inline(__always) private static func wordStart(before i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var s = i
        while s > 0 {
            let from = max(0, s &- 8)
            let spaces = whitespace(ByteChunk.load(bytes, at: from, count: s &- from))
            if spaces != 0 { return from &+ (63 &- spaces.leadingZeroBitCount) &>> 3 &+ 1 }
            s = from
        }
        return 0
    }

    /// The end of the whitespace-separated word holding offset `i` ("%" of "5%"), looking
    /// ahead eight bytes a step.
    @inline(__always) private static func wordEnd(after i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var e = i
        while e < bytes.count {
            let spaces = whitespace(ByteChunk.load(bytes, at: e))
            if spaces != 0 { return e &+ spaces.trailingZeroBitCount &>> 3 }
            e &+= 8
        }
        return bytes.count
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// The high bit of each byte of `v` that is a space, tab, line feed or carriage return.
    /// Prose has spaces only, so the other three are looked for only when a chunk holds a byte
    /// below 0x21 that is not a space (the zeros past the end of the text among them).
    @inline(__always) private static func whitespace(_ v: UInt64) -> UInt64 {
        let spaces = equal(v, 0x20)
        let low = ~((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F) & ~v & ByteChunk.highBits
        if low & ~spaces == 0 { return spaces }
        return spaces | equal(v, 0x09) | equal(v, 0x0A) | equal(v, 0x0D)
    }

    /// The high bit of each byte of `v` equal to `byte`.
    @inline(__always) private static func equal(_ v: UInt64, _ byte: UInt8) -> UInt64 {
        let x = v ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & ByteChunk.highBits
    }

    /// The words that can start or scale a figure written in words (`WordTags.numberWord`).
    static let numberWords: [String] = FigureLexicon.small.keys + FigureLexicon.vagueMagnitudes.keys
        + FigureLexicon.fractions.keys + ["hundred", "thousand", "million", "billion", "trillion", "dozen", "twice"]

    /// `numberWords` as a set, for the scanner to test tokens against.
    static let numberWordSet = ShortWordSet(numberWords.map(ShortWord.init))
}
