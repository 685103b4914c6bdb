/// Finds where a sentence can hold a figure, so only a few words around each are tokenized.
///
/// A figure needs a digit or a number word ("six", "million", "half", "twice", "dozens"). One
/// pass over the UTF-8 bytes packs each ASCII word's first eight lowercase letters into a
/// `UInt64` and looks it up in a small open-addressing table; a false alarm only costs a
/// tokenized window.
enum FigureTrigger {
    /// Words of context the grammar reads before a trigger ("as many as", "in excess of") and
    /// after it ("or so net cafes", "and a half million", "percentage points").
    static let wordsBefore = 3  // at most 3: `windows` keeps four word starts
    static let wordsAfter = 6

    static func mayContainFigure(_ bytes: [UInt8]) -> Bool {
        !windows(bytes).isEmpty
    }

    /// The byte ranges worth tokenizing: each trigger with `wordsBefore` whitespace-separated
    /// words before it and `wordsAfter` after it, merged when they overlap. Empty when the
    /// sentence cannot hold a figure. One pass: word starts are kept in a small ring, and an
    /// open window counts down the words still to take.
    static func windows(_ bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { windows($0) }
    }

    /// As `windows(_:)`, reading the bytes in place (a sentence's own UTF-8 storage).
    static func windows(_ buf: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let table = words
        let n = buf.count
        // Starts of the last wordsBefore + 1 whitespace-separated words, oldest first.
        var ring: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var seen = 0
        var open = false
        var lo = 0
        var remaining = 0
        var inSpace = true
        var i = 0
        while i < n {
            // Punctuation and spaces up to the next alphanumeric run; spaces count words.
            while i < n {
                let b = buf[i]
                if b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 { break }
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    if !inSpace {
                        inSpace = true
                        if open {
                            remaining -= 1
                            if remaining == 0 {
                                result.append(lo..<i)
                                open = false
                            }
                        }
                    }
                } else if inSpace {
                    inSpace = false
                    ring = (ring.1, ring.2, ring.3, i)
                    seen += 1
                }
                i += 1
            }
            if i >= n { break }
            if inSpace {
                inSpace = false
                ring = (ring.1, ring.2, ring.3, i)
                seen += 1
            }
            // One alphanumeric run: packed lowercase letters, or a digit somewhere in it. Eight
            // bytes at a time (see `ByteChunk`), so a word costs no branch per letter.
            var packed: UInt64 = 0
            var length = 0
            var digit = false
            while true {
                let chunk = ByteChunk.load(buf, at: i)
                let (alphanumeric, digits) = ByteChunk.alphanumerics(chunk)
                let stop = ~alphanumeric & 0x8080_8080_8080_8080
                let run = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
                let runMask: UInt64 = run == 8 ? ~0 : (1 << (UInt64(run) &* 8)) &- 1
                if digits & runMask != 0 { digit = true }
                // Letters lowercased; only read when the run has no digit, so digits need no masking.
                if length == 0 { packed = (chunk | 0x2020_2020_2020_2020) & runMask }
                length &+= run
                i &+= run
                if run < 8 { break }
            }
            guard digit || (length <= 10 && table.contains(packed)) else { continue }
            if !open {
                let start: Int
                switch min(seen, wordsBefore + 1) {
                case 0: start = 0
                case 1: start = ring.3
                case 2: start = ring.2
                case 3: start = ring.1
                default: start = ring.0
                }
                if let last = result.last, last.upperBound >= start {
                    lo = last.lowerBound
                    result.removeLast()
                } else {
                    lo = start
                }
                open = true
            }
            remaining = wordsAfter + 1
        }
        if open { result.append(lo..<n) }
        return result
    }

    /// The first eight letters of every word that can start or scale a figure written in words,
    /// in an open-addressing table (a `Set` would hash every word of the article).
    static let words = PackedWordTable(FigureLexicon.small.keys.map { $0 } + FigureLexicon.vagueMagnitudes.keys
        + FigureLexicon.fractions.keys + ["hundred", "thousand", "million", "billion", "trillion", "dozen", "twice"])

    static func pack(_ word: String) -> UInt64 {
        var packed: UInt64 = 0
        for (i, b) in word.utf8.prefix(8).enumerated() { packed |= UInt64(b | 0x20) << (8 * UInt64(i)) }
        return packed
    }
}

/// A fixed-size hash table of words packed into `UInt64`s (first eight lowercase ASCII letters).
struct PackedWordTable: Sendable {
    private var slots: [UInt64]
    private static let size = 512

    init(_ words: [String]) {
        slots = Array(repeating: 0, count: Self.size)
        for word in words {
            var h = Self.slot(FigureTrigger.pack(word))
            let packed = FigureTrigger.pack(word)
            while slots[h] != 0 && slots[h] != packed { h = (h + 1) & (Self.size - 1) }
            slots[h] = packed
        }
    }

    @inline(__always) private static func slot(_ packed: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 55)
    }

    @inline(__always) func contains(_ packed: UInt64) -> Bool {
        var h = Self.slot(packed)
        while true {
            let s = slots[h]
            if s == packed { return true }
            if s == 0 { return false }
            h = (h + 1) & (Self.size - 1)
        }
    }
}
