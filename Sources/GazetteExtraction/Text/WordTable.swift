/// A word list or gazetteer: words to values, with a look-up cheaper than `Dictionary`'s.
///
/// Extraction looks up several words of every token of every article in fixed lists. `Dictionary`
/// and `Set` hash a `String` with per-process seeded SipHash, which costs more than the rest of
/// the look-up; this table takes the key's own deterministic hash (`WordTableKey`) and probes
/// linearly in a table at most half full, comparing the stored hash before the key. Equality
/// is the key's, so results are exactly those of a `Dictionary`. Built once, then read from
/// many threads; iteration order is never exposed except through `keys`, which is sorted.
///
/// Most look-ups are of words a list does not hold, and whether a probe stops at the first
/// slot or runs on is a branch no predictor learns. So a filter, one bit for each value of a
/// hash's top bits (four per slot), tells first whether any key has the word's bits: a clear
/// bit answers "absent" at once, and only the few words that share bits with a key probe.
struct WordTable<Key: WordTableKey, Value: Sendable>: Sendable {
    private var hashes: [UInt64] = []  // 0: empty slot
    private var keyList: [Key] = []
    private var valueList: [Value?] = []
    private var shift: UInt64 = 64
    private var filter: [UInt64] = []
    private var filterShift: UInt64 = 64
    private(set) var count = 0

    init() {}

    init<S: Sequence>(_ pairs: S) where S.Element == (Key, Value) {
        reserveCapacity(pairs.underestimatedCount)
        for (k, v) in pairs { self[k] = v }
    }

    /// Makes room for `count` keys at once, so that filling the table from a long word list
    /// does not rehash it at every doubling.
    mutating func reserveCapacity(_ count: Int) {
        while hashes.count < (count + 1) * 2 { grow() }
    }

    var isEmpty: Bool { count == 0 }

    /// The keys, sorted, so callers cannot depend on hash order.
    var keys: [String] { keyList.indices.filter { hashes[$0] != 0 }.map { keyList[$0].description }.sorted() }

    @inline(__always) private func slot(of key: Key, hash h: UInt64) -> (index: Int, found: Bool) {
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return hashes.withUnsafeBufferPointer { hashes in
            while true {
                let s = hashes[i]
                if s == 0 { return (i, false) }
                if s == h && keyList[i] == key { return (i, true) }
                i = (i &+ 1) & mask
            }
        }
    }

    /// The filter bit of hash `h`.
    @inline(__always) private func filterBit(_ h: UInt64) -> (word: Int, mask: UInt64) {
        let bit = Int(truncatingIfNeeded: h >> filterShift)
        return (bit &>> 6, 1 &<< UInt64(bit & 63))
    }

    /// False when no key has the filter bit of `h`, so none can equal the key hashed.
    @inline(__always) private func mayHold(_ h: UInt64) -> Bool {
        let (word, mask) = filterBit(h)
        return filter.withUnsafeBufferPointer { $0[word] } & mask != 0
    }

    subscript(key: Key) -> Value? {
        @inline(__always) get {
            guard count > 0 else { return nil }
            let h = key.tableHash
            guard mayHold(h) else { return nil }
            let (i, found) = slot(of: key, hash: h)
            return found ? valueList[i] : nil
        }
        set {
            if hashes.isEmpty || (count + 1) * 2 > hashes.count { grow() }
            let h = key.tableHash
            let (i, found) = slot(of: key, hash: h)
            if let newValue {
                if found {
                    valueList[i] = newValue
                } else {
                    place(key, hash: h, value: newValue, at: i)
                    count += 1
                }
            } else if found {
                remove(at: i)
            }
        }
    }

    /// Always inlined, as the subscript's getter: the figure grammar looks words up at every
    /// token, and a call per look-up cost more than the probe.
    @inline(__always) func contains(_ key: Key) -> Bool {
        guard count > 0 else { return false }
        let h = key.tableHash
        return mayHold(h) && slot(of: key, hash: h).found
    }

    /// Removes slot `i` and re-inserts the run after it, so probing still finds every key. The
    /// key's filter bit stays set: another key may share it, and a set bit only means "probe".
    private mutating func remove(at i: Int) {
        let mask = hashes.count - 1
        hashes[i] = 0
        valueList[i] = nil
        keyList[i] = Key()
        count -= 1
        var j = (i + 1) & mask
        while hashes[j] != 0 {
            let (h, k, v) = (hashes[j], keyList[j], valueList[j])
            hashes[j] = 0
            valueList[j] = nil
            keyList[j] = Key()
            place(k, hash: h, value: v, at: slot(of: k, hash: h).index)
            j = (j + 1) & mask
        }
    }

    private mutating func grow() {
        let old = (hashes, keyList, valueList)
        let capacity = max(16, hashes.count * 2)
        hashes = [UInt64](repeating: 0, count: capacity)
        keyList = [Key](repeating: Key(), count: capacity)
        valueList = [Value?](repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        // Four filter bits a slot (a slot count is a power of two, at least 16).
        filter = [UInt64](repeating: 0, count: capacity * 4 / 64)
        filterShift = UInt64(64 - (capacity * 4).trailingZeroBitCount)
        for i in old.0.indices where old.0[i] != 0 {
            place(old.1[i], hash: old.0[i], value: old.2[i], at: slot(of: old.1[i], hash: old.0[i]).index)
        }
    }

    /// Fills empty slot `i` with a key, its hash and value, and sets the key's filter bit.
    private mutating func place(_ key: Key, hash h: UInt64, value: Value?, at i: Int) {
        hashes[i] = h
        keyList[i] = key
        valueList[i] = value
        let (word, mask) = filterBit(h)
        filter[word] |= mask
    }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (Key, Value)...) {
        self.init(elements)
    }
}

/// Strings to values: gazetteers and word lists.
typealias StringTable<Value: Sendable> = WordTable<String, Value>
/// Inline words to values: the figure grammar's lists, looked up for every token.
typealias ShortWordTable<Value: Sendable> = WordTable<ShortWord, Value>

/// A key of a `WordTable`: equatable, with a deterministic 64-bit hash that is never 0 (0
/// marks an empty slot) and an empty value to fill unused slots.
protocol WordTableKey: Equatable, Sendable, CustomStringConvertible {
    init()
    var tableHash: UInt64 { get }
}

extension String: WordTableKey {
    /// FNV-1a over the UTF-8 bytes.
    @inline(__always) var tableHash: UInt64 {
        // Native and small strings hand out their bytes in place; iterating `utf8` costs more.
        let h = utf8.withContiguousStorageIfAvailable { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            return h
        } ?? {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            return h
        }()
        return h == 0 ? 1 : h
    }
}

/// A set of words with `WordTable`'s look-up.
struct WordSet<Key: WordTableKey>: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Key, Bool>()

    init() {}

    init<S: Sequence>(_ words: S) where S.Element == Key {
        table.reserveCapacity(words.underestimatedCount)
        for word in words { table[word] = true }
    }

    init(arrayLiteral elements: Key...) {
        self.init(elements)
    }

    var isEmpty: Bool { table.isEmpty }
    var count: Int { table.count }
    /// The words, sorted, so callers cannot depend on hash order.
    var words: [String] { table.keys }

    @inline(__always) func contains(_ word: Key) -> Bool { table.contains(word) }

    mutating func insert(_ word: Key) { table[word] = true }

    mutating func remove(_ word: Key) { table[word] = nil }
}

typealias StringSet = WordSet<String>
typealias ShortWordSet = WordSet<ShortWord>
