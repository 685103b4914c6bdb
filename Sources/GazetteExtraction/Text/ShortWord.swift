/// A word of up to 16 UTF-8 bytes held inline in two integers, for grammars that compare
/// every token against word lists.
///
/// A `String` in a token costs a reference count on every copy and a hash of its bytes on
/// every look-up; a `ShortWord` is plain data, compared in three integer comparisons and
/// hashed in two multiplications. Longer words keep their first 16 bytes and their length:
/// they equal no word list entry (none is that long), and callers that need their text read
/// it from the source bytes (`isComplete`).
struct ShortWord: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    static let capacity = 16

    /// Bytes 0–7 and 8–15, little-endian; zero past the end.
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0
    /// The last four bytes, the last one lowest, so suffixes are known for words of any length.
    private var tail: UInt32 = 0
    /// The word's length in bytes, which may exceed `capacity` (up to 255: longer counts as 255).
    private var length: UInt8 = 0
    var count: Int { Int(length) }

    init() {}

    init(_ text: String) {
        for b in text.utf8 { append(b) }
    }

    /// Literals are compared against tokens everywhere in the figure grammar: always inlined,
    /// so the compiler folds them into constants.
    @inline(__always) init(stringLiteral value: StaticString) {
        let bytes = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
        for b in bytes { append(b) }
    }

    /// The word of the low `count` bytes of `chunk` (one to eight), equal to appending them
    /// one by one, in a few shifts: tokenizers read words eight bytes at a time (`ByteChunk`).
    @inline(__always) init(chunk: UInt64, count: Int) {
        let bytes = count >= 8 ? chunk : chunk & ((1 &<< (UInt64(count) &* 8)) &- 1)
        low = bytes
        length = UInt8(truncatingIfNeeded: count)
        // The last four bytes, the last one lowest: the word's top four bytes, byte-swapped.
        let top = UInt32(truncatingIfNeeded: bytes &>> (UInt64(max(count - 4, 0)) &* 8))
        tail = (top &<< (UInt32(max(4 - count, 0)) &* 8)).byteSwapped
    }

    @inline(__always) mutating func append(_ b: UInt8) {
        if length < 8 {
            low |= UInt64(b) &<< (UInt64(length) &* 8)
        } else if length < 16 {
            high |= UInt64(b) &<< (UInt64(length &- 8) &* 8)
        }
        if length < 255 { length &+= 1 }
        tail = tail &<< 8 | UInt32(b)
    }

    /// Whether all the bytes are held (the word has at most `capacity` bytes).
    var isComplete: Bool { count <= Self.capacity }

    var isEmpty: Bool { count == 0 }

    /// Byte `i` (below `min(count, capacity)`).
    @inline(__always) subscript(i: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: (i < 8 ? low &>> (UInt64(i) &* 8) : high &>> (UInt64(i &- 8) &* 8)))
    }

    /// Whether the word ends with `suffix` (at most four bytes, compared byte for byte).
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        precondition(n <= 4, "ShortWord keeps the last four bytes")
        guard n <= count else { return false }
        for k in 0..<n where UInt8(truncatingIfNeeded: tail &>> (UInt32(n - 1 - k) &* 8)) != suffix.utf8Start[k] {
            return false
        }
        return true
    }

    /// The held bytes as a string (the first 16 bytes of a longer word).
    var description: String {
        String(decoding: (0..<min(count, Self.capacity)).map { self[$0] }, as: UTF8.self)
    }
}

extension ShortWord: WordTableKey {
    @inline(__always) var tableHash: UInt64 {
        let h = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        return h == 0 ? 1 : h
    }
}

extension WordTable where Key == ShortWord {
    /// Looks a word given as text up (used when loading word lists).
    subscript(key: String) -> Value? {
        get { self[ShortWord(key)] }
        set { self[ShortWord(key)] = newValue }
    }
}
