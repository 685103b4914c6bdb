/// Finds where a sentence can hold a figure, so only a few words around each are tokenized.
///
/// A figure needs a digit or a number word ("six", "million", "half", "twice", "dozens"). The
/// article's word pass (`ArticleWords`) records where such words start; the windows around
/// them are found by walking whitespace in the sentence's bytes. A false alarm only costs a
/// tokenized window.
enum FigureTrigger {
    /// Words of context the grammar reads before a trigger ("as many as", "in excess of") and
    /// after it ("or so net cafes", "and a half million", "percentage points").
    static let wordsBefore = 3
    static let wordsAfter = 6

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

    /// The start of the whitespace-separated word holding offset `i` ("$" of "$5m").
    private static func wordStart(before i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var s = i
        while s > 0, !isSpace(bytes[s - 1]) { s -= 1 }
        return s
    }

    /// The end of the whitespace-separated word holding offset `i` ("%" of "5%").
    private static func wordEnd(after i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var e = i
        while e < bytes.count, !isSpace(bytes[e]) { e += 1 }
        return e
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// The words that can start or scale a figure written in words (`WordTags.numberWord`).
    static let numberWords: [String] = FigureLexicon.small.keys + FigureLexicon.vagueMagnitudes.keys
        + FigureLexicon.fractions.keys + ["hundred", "thousand", "million", "billion", "trillion", "dozen", "twice"]

    /// `numberWords` as a set, for the scanner to test tokens against.
    static let numberWordSet = ShortWordSet(numberWords.map(ShortWord.init))
}
