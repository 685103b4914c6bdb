/// A fixed set of word ids with a look-up that takes no branch.
///
/// Every word of every article is looked up here (`WordTags`), and about half are found
/// (stopwords), so a probing loop that stops at the id or at an empty slot mispredicts its exit
/// about once a word. Instead each id sits in its home slot or the one after it: the table
/// grows when it is built until that holds, and a look-up compares both slots and keeps what
/// matched, with no loop and no branch. The home slot is the top bits of the id times a
/// Fibonacci constant, which spreads word ids better than their low bits do. Built once per
/// word list; immutable afterwards.
struct WordIdSet: Sendable {
    /// `capacity + 1` slots: the last one is the second slot of the last home slot.
    private let slots: [UInt64]
    /// A tag per slot (see `tag(of:)`); 0 in empty slots.
    private let tags: [UInt8]
    private let shift: UInt64

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
        while true {
            let capacity = 1 << Int(bits)
            var slots = [UInt64](repeating: 0, count: capacity + 1)
            var tags = [UInt8](repeating: 0, count: capacity + 1)
            let shift = 64 - bits
            let placed = unique.allSatisfy { id in
                let home = WordIdSet.slot(id, shift)
                guard let i = [home, home + 1].first(where: { slots[$0] == 0 }) else { return false }
                slots[i] = id
                tags[i] = tagOf[id] ?? 0
                return true
            }
            if placed {
                self.slots = slots
                self.tags = tags
                self.shift = shift
                return
            }
            bits += 1  // three ids share two slots: spread them over a table twice the size
        }
    }

    /// 0 marks an empty slot, so an id of 0 is stored as 1.
    @inline(__always) private static func key(_ id: UInt64) -> UInt64 { id == 0 ? 1 : id }

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The tag bits of `id`, or 0 when it is not in the set.
    @inline(__always) func tag(of id: UInt64) -> UInt8 {
        let k = WordIdSet.key(id)
        let home = WordIdSet.slot(k, shift)
        return slots.withUnsafeBufferPointer { slots in
            tags.withUnsafeBufferPointer { tags in
                // Both slots are read and masked: an id is in at most one of them.
                let first = tags[home] & (slots[home] == k ? 0xFF : 0)
                let second = tags[home &+ 1] & (slots[home &+ 1] == k ? 0xFF : 0)
                return first | second
            }
        }
    }

    @inline(__always) func contains(_ id: UInt64) -> Bool {
        let k = WordIdSet.key(id)
        let home = WordIdSet.slot(k, shift)
        return slots.withUnsafeBufferPointer { slots in (slots[home] == k) || (slots[home &+ 1] == k) }
    }

    var isEmpty: Bool { !slots.contains { $0 != 0 } }
}
