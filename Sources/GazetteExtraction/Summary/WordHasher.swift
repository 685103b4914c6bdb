/// Turns words into 64-bit ids so sentences can be compared without building strings.
///
/// FNV-1a over the lower-cased UTF-8 bytes of a word: deterministic across runs and platforms
/// (unlike `Hasher`), and cheap enough to run on every word of every article.
enum WordHasher {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The id of a word given as text (used for word lists; lower-cases ASCII).
    static func id(_ word: String) -> UInt64 {
        var h = offsetBasis
        for b in word.utf8 { h = (h ^ UInt64(lowered(b))) &* prime }
        return h
    }

    @inline(__always) static func lowered(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }
}
