import GazetteMustache

/// A compact binary encoding for the build cache: little-endian integers, doubles as their
/// bit patterns, strings and arrays with a length first. Hand-written because the cache is
/// read at the start of every build and must cost far less than the work it saves.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var value = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func double(_ value: Double) { int(Int(Int64(bitPattern: value.bitPattern))) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func raw(_ values: [UInt8]) { bytes.append(contentsOf: values) }

    mutating func fingerprint(_ value: Fingerprint) {
        int(Int(Int64(bitPattern: value.high)))
        int(Int(Int64(bitPattern: value.low)))
    }
}

/// Reads what `ByteWriter` wrote; every read is bounds-checked and throws on damage, so a
/// corrupt cache is detected and ignored, never trusted.
struct ByteReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int

    init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        position = range?.lowerBound ?? 0
        end = range?.upperBound ?? bytes.count
    }

    var isAtEnd: Bool { position == end }

    mutating func int() throws(Damaged) -> Int {
        guard end - position >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = (value << 8) | UInt64(bytes[position + offset]) }
        position += 8
        return Int(Int64(bitPattern: value))
    }

    /// A count or index: never negative, never more than the bytes left could hold.
    mutating func count() throws(Damaged) -> Int {
        let value = try int()
        guard value >= 0, value <= end - position + 1 else { throw Damaged() }
        return value
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard position < end, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func double() throws(Damaged) -> Double { Double(bitPattern: UInt64(bitPattern: Int64(try int()))) }

    mutating func string() throws(Damaged) -> String {
        let length = try count()
        guard end - position >= length else { throw Damaged() }
        let text = String(decoding: bytes[position..<position + length], as: UTF8.self)
        position += length
        return text
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws(Damaged) -> T) throws(Damaged) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout ByteReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let length = try count()
        var values: [T] = []
        values.reserveCapacity(length)
        for _ in 0..<length { values.append(try read(&self)) }
        return values
    }

    mutating func fingerprint() throws(Damaged) -> Fingerprint {
        Fingerprint(high: UInt64(bitPattern: Int64(try int())), low: UInt64(bitPattern: Int64(try int())))
    }

    mutating func raw(_ length: Int) throws(Damaged) -> Range<Int> {
        guard length >= 0, end - position >= length else { throw Damaged() }
        position += length
        return position - length..<position
    }
}

/// The checksum that ends every cache file (the analysis shards and the output record).
///
/// Files are replaced atomically, so a killed build leaves the old file whole; the checksum is for
/// what renaming cannot prevent: a machine that crashed before the data reached the disk, or a disk
/// that garbled it. A file whose checksum does not match is read as a miss, never trusted: a
/// flipped byte inside a cached summary would otherwise be published as it is. Eight bytes at a
/// time, so checking the 30 MB of a 10,000-article cache costs milliseconds.
enum CacheSeal {
    static let length = 8

    /// `bytes` with their checksum appended.
    static func sealed(_ bytes: [UInt8]) -> [UInt8] {
        var sealed = bytes
        var checksum = checksum(bytes, 0..<bytes.count)
        for _ in 0..<length {
            sealed.append(UInt8(truncatingIfNeeded: checksum))
            checksum >>= 8
        }
        return sealed
    }

    /// The range of the content when the file ends with its checksum, or nil when it is damaged.
    static func content(of bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= length else { return nil }
        let end = bytes.count - length
        var stored: UInt64 = 0
        for offset in (end..<bytes.count).reversed() { stored = stored << 8 | UInt64(bytes[offset]) }
        return checksum(bytes, 0..<end) == stored ? 0..<end : nil
    }

    static func checksum(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                index += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < range.upperBound {
                tail |= UInt64(raw[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            return hash ^ (hash >> 29)
        }
    }
}
