/// Eight bytes of UTF-8 text read as one `UInt64`, so scanners classify a word's bytes without
/// a branch per byte (SWAR: SIMD within a register).
///
/// Each range check adds an offset that carries into a byte's high bit; the high bits are
/// cleared first, so no carry crosses into the next byte.
enum ByteChunk {
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Eight bytes from `i` as a little-endian word, zeros past the end (zero is no letter).
    @inline(__always) static func load(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        if i &+ 8 <= buf.count, let base = buf.baseAddress {
            return UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        }
        return load(buf, at: i, count: min(8, buf.count - i))
    }

    /// `count` (at most eight) bytes from `i`, zeros above them.
    @inline(__always) static func load(_ buf: UnsafeBufferPointer<UInt8>, at i: Int, count: Int) -> UInt64 {
        if i &+ 8 <= buf.count, let base = buf.baseAddress {
            // A whole load, masked: no loop whose length varies with the word.
            let v = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            return count >= 8 ? v : v & ((1 &<< (UInt64(count) &* 8)) &- 1)
        }
        var v: UInt64 = 0
        var k = 0
        while k < count {
            v |= UInt64(buf[i &+ k]) << (UInt64(k) &* 8)
            k &+= 1
        }
        return v
    }

    /// The high bit of each byte of `v` that is an ASCII letter or digit, and of each digit.
    @inline(__always) static func alphanumerics(_ v: UInt64) -> (alphanumeric: UInt64, digits: UInt64) {
        let ascii = ~v & highBits
        let x = v & 0x7F7F_7F7F_7F7F_7F7F
        let l = x | 0x2020_2020_2020_2020
        let letters = (l &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(l &+ 0x0505_0505_0505_0505) & ascii
        let digits = (x &+ 0x5050_5050_5050_5050) & ~(x &+ 0x4646_4646_4646_4646) & ascii
        return (letters | digits, digits)
    }

    /// `v` with its ASCII letters made lower case, given the high bits of its letters (from
    /// `alphanumerics`, digits removed): setting 0x20 lowers a capital and keeps a small letter,
    /// so a scanner that has classified the chunk lowers it in two operations.
    @inline(__always) static func lowered(_ v: UInt64, letters: UInt64) -> UInt64 {
        v | (letters >> 2)
    }

    /// The high bit of each byte of `v` that equals `byte`, and no other bit. Exact, unlike the
    /// shorter `(x - 0x01…) & ~x` test, whose borrow can also flag the byte after a match.
    @inline(__always) static func equal(_ v: UInt64, _ byte: UInt8) -> UInt64 {
        let x = v ^ (0x0101_0101_0101_0101 &* UInt64(byte))  // zero where the byte matches
        let nonzero = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
        return ~nonzero & highBits
    }

    /// `v` with its ASCII capitals made lower case, every other byte as it is.
    @inline(__always) static func lowered(_ v: UInt64) -> UInt64 {
        let x = v & 0x7F7F_7F7F_7F7F_7F7F
        let upper = (x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & ~v & highBits
        return v | (upper >> 2)
    }
}
