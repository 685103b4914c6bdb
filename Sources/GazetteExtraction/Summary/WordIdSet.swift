/// A fixed set of word ids with a lookup cheaper than `Set<UInt64>`'s seeded SipHash.
///
/// The ids are FNV hashes already, so their low bits index an open-addressed table directly
/// (linear probing, at most half full). Built once per word list; immutable afterwards.
struct WordIdSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ ids: S) where S.Element == UInt64 {
        let unique = Array(Set(ids.map(WordIdSet.key)))
        var capacity = 16
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for id in unique.sorted() {
            var i = Int(truncatingIfNeeded: id) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = id
        }
        self.slots = slots
        self.mask = mask
    }

    /// 0 marks an empty slot, so an id of 0 is stored as 1.
    @inline(__always) private static func key(_ id: UInt64) -> UInt64 { id == 0 ? 1 : id }

    @inline(__always) func contains(_ id: UInt64) -> Bool {
        let k = WordIdSet.key(id)
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let s = slots[i]
            if s == k { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    var isEmpty: Bool { !slots.contains { $0 != 0 } }
}
