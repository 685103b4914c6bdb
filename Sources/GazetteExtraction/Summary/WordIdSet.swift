/// A fixed set of word ids with a lookup cheaper than `Set<UInt64>`'s seeded SipHash.
///
/// Open addressing with linear probing in a table at most a quarter full; the slot is the
/// top bits of the id times a Fibonacci constant, which spreads word ids better than their
/// low bits do. Built once per word list; immutable afterwards.
struct WordIdSet: Sendable {
    private let slots: [UInt64]
    /// A tag per slot (see `tag(of:)`).
    private let tags: [UInt8]
    private let shift: UInt64
    private let mask: Int

    init<S: Sequence>(_ ids: S) where S.Element == UInt64 {
        self.init(tagged: ids.map { ($0, UInt8(1)) })
    }

    /// A set whose ids carry tag bits; an id given twice gets the union of its tags.
    init(tagged: [(id: UInt64, tag: UInt8)]) {
        var tagOf: [UInt64: UInt8] = [:]
        for (id, tag) in tagged { tagOf[WordIdSet.key(id), default: 0] |= tag }
        let unique = tagOf.keys.sorted()
        var bits: UInt64 = 4
        while (1 << bits) < unique.count * 4 { bits += 1 }
        let capacity = 1 << Int(bits)
        var slots = [UInt64](repeating: 0, count: capacity)
        var tags = [UInt8](repeating: 0, count: capacity)
        let shift = 64 - bits
        let mask = capacity - 1
        for id in unique {
            var i = WordIdSet.slot(id, shift)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = id
            tags[i] = tagOf[id] ?? 0
        }
        self.slots = slots
        self.tags = tags
        self.shift = shift
        self.mask = mask
    }

    /// 0 marks an empty slot, so an id of 0 is stored as 1.
    @inline(__always) private static func key(_ id: UInt64) -> UInt64 { id == 0 ? 1 : id }

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The tag bits of `id`, or 0 when it is not in the set.
    @inline(__always) func tag(of id: UInt64) -> UInt8 {
        guard let i = index(of: id) else { return 0 }
        return tags[i]
    }

    @inline(__always) func contains(_ id: UInt64) -> Bool { index(of: id) != nil }

    /// The slot holding `id`, probing linearly from its home slot; nil at the first empty one.
    @inline(__always) private func index(of id: UInt64) -> Int? {
        let k = WordIdSet.key(id)
        var i = WordIdSet.slot(k, shift)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[i]
                if s == k { return i }
                if s == 0 { return nil }
                i = (i &+ 1) & mask
            }
        }
    }

    var isEmpty: Bool { !slots.contains { $0 != 0 } }
}
