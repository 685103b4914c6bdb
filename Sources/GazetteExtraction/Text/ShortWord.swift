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

/// A fixed word list keyed by `ShortWord`, with a look-up of a multiplication and a probe.
///
/// Open addressing with linear probing in a table at most half full. Built once (from a
/// literal or a data file), then read from many threads.
struct ShortWordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var keyList: [ShortWord] = []
    private var valueList: [Value?] = []
    private var shift: UInt64 = 64
    private(set) var count = 0

    init() {}

    init(dictionaryLiteral elements: (ShortWord, Value)...) {
        for (k, v) in elements { self[k] = v }
    }

    var isEmpty: Bool { count == 0 }

    /// The keys as strings, sorted, so callers cannot depend on hash order.
    var keys: [String] { keyList.indices.filter { valueList[$0] != nil }.map { keyList[$0].description }.sorted() }

    @inline(__always) private func slot(of key: ShortWord) -> (index: Int, found: Bool) {
        let mask = keyList.count - 1
        let mixed = (key.low ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.count)) &* 0x9E37_79B9_7F4A_7C15
        var i = Int(truncatingIfNeeded: mixed >> shift)
        return keyList.withUnsafeBufferPointer { keys in
            valueList.withUnsafeBufferPointer { values in
                while true {
                    if values[i] == nil { return (i, false) }
                    if keys[i] == key { return (i, true) }
                    i = (i &+ 1) & mask
                }
            }
        }
    }

    subscript(key: ShortWord) -> Value? {
        get {
            guard count > 0, key.isComplete else { return nil }
            let (i, found) = slot(of: key)
            return found ? valueList[i] : nil
        }
        set {
            precondition(key.isComplete && newValue != nil, "ShortWordTable holds words of at most 16 bytes and never removes one")
            if keyList.isEmpty || (count + 1) * 2 > keyList.count { grow() }
            let (i, found) = slot(of: key)
            if !found { keyList[i] = key; count += 1 }
            valueList[i] = newValue
        }
    }

    subscript(key: String) -> Value? {
        get { self[ShortWord(key)] }
        set { self[ShortWord(key)] = newValue }
    }

    func contains(_ key: ShortWord) -> Bool { self[key] != nil }

    private mutating func grow() {
        let old = (keyList, valueList)
        let capacity = max(16, keyList.count * 2)
        keyList = [ShortWord](repeating: ShortWord(), count: capacity)
        valueList = [Value?](repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for i in old.0.indices where old.1[i] != nil {
            let target = slot(of: old.0[i]).index
            keyList[target] = old.0[i]
            valueList[target] = old.1[i]
        }
    }
}

/// A set of words with `ShortWordTable`'s look-up.
struct ShortWordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = ShortWordTable<Bool>()

    init(arrayLiteral elements: ShortWord...) {
        self.init(elements)
    }

    init(_ words: [ShortWord]) {
        for word in words where word.isComplete { table[word] = true }
    }

    func contains(_ word: ShortWord) -> Bool { table.contains(word) }
}
