/// A word list or gazetteer: strings to values, with a look-up cheaper than `Dictionary`'s.
///
/// Extraction looks up several words of every token of every article in fixed lists. `Dictionary`
/// and `Set` hash a `String` with per-process seeded SipHash, which costs more than the rest of
/// the look-up; this table hashes the UTF-8 bytes with FNV-1a and probes
/// linearly in a table at most half full, comparing the stored hash before the string.
/// Equality is `String`'s, so results are exactly those of a `Dictionary`. Built once, then read
/// from many threads; iteration order is never exposed except through `keys`, which is sorted.
struct StringTable<Value: Sendable>: Sendable {
    private var hashes: [UInt64] = []  // 0: empty slot
    private var keyList: [String] = []
    private var valueList: [Value?] = []
    private var shift: UInt64 = 64
    private(set) var count = 0

    init() {}

    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        for (k, v) in pairs { self[k] = v }
    }

    var isEmpty: Bool { count == 0 }

    /// The keys, sorted, so callers cannot depend on hash order.
    var keys: [String] { keyList.indices.filter { hashes[$0] != 0 }.map { keyList[$0] }.sorted() }

    @inline(__always) static var fnvOffsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always) static var fnvPrime: UInt64 { 0x0000_0100_0000_01b3 }

    @inline(__always) static func hash(_ key: String) -> UInt64 {
        // Native and small strings hand out their bytes in place; iterating `utf8` costs more.
        let h = key.utf8.withContiguousStorageIfAvailable { bytes in
            var h = fnvOffsetBasis
            for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
            return h
        } ?? {
            var h = fnvOffsetBasis
            for b in key.utf8 { h = (h ^ UInt64(b)) &* fnvPrime }
            return h
        }()
        return h == 0 ? 1 : h
    }

    @inline(__always) private func slot(of key: String, hash h: UInt64) -> (index: Int, found: Bool) {
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

    subscript(key: String) -> Value? {
        get {
            guard count > 0 else { return nil }
            let (i, found) = slot(of: key, hash: Self.hash(key))
            return found ? valueList[i] : nil
        }
        set {
            if hashes.isEmpty || (count + 1) * 2 > hashes.count { grow() }
            let h = Self.hash(key)
            let (i, found) = slot(of: key, hash: h)
            if let newValue {
                if !found { hashes[i] = h; keyList[i] = key; count += 1 }
                valueList[i] = newValue
            } else if found {
                remove(at: i)
            }
        }
    }

    func contains(_ key: String) -> Bool { count > 0 && slot(of: key, hash: Self.hash(key)).found }

    /// Removes slot `i` and re-inserts the run after it, so probing still finds every key.
    private mutating func remove(at i: Int) {
        let mask = hashes.count - 1
        hashes[i] = 0
        valueList[i] = nil
        keyList[i] = ""
        count -= 1
        var j = (i + 1) & mask
        while hashes[j] != 0 {
            let (h, k, v) = (hashes[j], keyList[j], valueList[j])
            hashes[j] = 0
            valueList[j] = nil
            keyList[j] = ""
            let target = slot(of: k, hash: h).index
            hashes[target] = h
            keyList[target] = k
            valueList[target] = v
            j = (j + 1) & mask
        }
    }

    private mutating func grow() {
        let old = (hashes, keyList, valueList)
        let capacity = max(16, hashes.count * 2)
        hashes = [UInt64](repeating: 0, count: capacity)
        keyList = [String](repeating: "", count: capacity)
        valueList = [Value?](repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for i in old.0.indices where old.0[i] != 0 {
            let target = slot(of: old.1[i], hash: old.0[i]).index
            hashes[target] = old.0[i]
            keyList[target] = old.1[i]
            valueList[target] = old.2[i]
        }
    }
}

extension StringTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}

/// A set of strings with `StringTable`'s look-up.
struct StringSet: Sendable, ExpressibleByArrayLiteral {
    private var table = StringTable<Bool>()

    init() {}

    init<S: Sequence>(_ strings: S) where S.Element == String {
        for s in strings { table[s] = true }
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    var isEmpty: Bool { table.isEmpty }
    var count: Int { table.count }

    func contains(_ s: String) -> Bool { table.contains(s) }

    mutating func insert(_ s: String) { table[s] = true }

    mutating func remove(_ s: String) { table[s] = nil }
}
