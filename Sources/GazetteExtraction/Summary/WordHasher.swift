/// Turns words into 64-bit ids so sentences can be compared without building strings.
///
/// The lower-cased UTF-8 bytes of a word are read eight at a time (see `ByteChunk`) and each
/// chunk is mixed in with one multiplication, so a typical word costs one or two steps rather
/// than one per byte. Deterministic across runs and platforms (unlike `Hasher`).
enum WordHasher {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes one chunk (up to eight bytes of the word, lower-cased, zeros above) into `h`.
    @inline(__always) static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x &>> 29)
    }

    /// The id of a word given as text (used for word lists).
    static func id(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { id(of: $0, in: 0..<$0.count) }
    }

    /// The id of the word at `range` of `bytes`: its eight-byte chunks, ASCII capitals lowered.
    @inline(__always) static func id(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> UInt64 {
        var h = seed
        var i = range.lowerBound
        while i < range.upperBound {
            let count = min(8, range.upperBound - i)
            h = mix(h, ByteChunk.lowered(ByteChunk.load(bytes, at: i, count: count)))
            i &+= 8
        }
        return h
    }
}
