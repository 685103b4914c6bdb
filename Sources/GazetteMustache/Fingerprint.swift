/// A 128-bit hash: of a file's bytes, or of a template value (what a page is rendered
/// from). Two independent multiply-rotate lanes over eight bytes a step. Not
/// cryptographic; it tells changed input from unchanged, which at tens of thousands of
/// pages needs far fewer than 128 bits.
public struct Fingerprint: Hashable, Sendable {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The fingerprint of a byte string.
    public init(_ bytes: [UInt8]) {
        var hasher = FingerprintHasher()
        hasher.add(bytes: bytes)
        self = hasher.finish()
    }

    /// Order-independent combination, for the fields of an object.
    static func &+ (lhs: Fingerprint, rhs: Fingerprint) -> Fingerprint {
        Fingerprint(high: lhs.high &+ rhs.high, low: lhs.low &+ rhs.low)
    }
}

/// Builds a `Fingerprint` from words and bytes.
public struct FingerprintHasher {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    public init() {}

    public mutating func add(_ word: UInt64) {
        a = rotate((a ^ word) &* 0x0000_0100_0000_01B3, 29)
        b = rotate((b ^ word) &* 0xFF51_AFD7_ED55_8CCD, 31)
    }

    public mutating func add(_ fingerprint: Fingerprint) {
        add(fingerprint.high)
        add(fingerprint.low)
    }

    /// Adds the bytes and their count, so "ab"+"c" and "a"+"bc" differ.
    public mutating func add(bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(raw: $0) }
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(raw: UnsafeRawBufferPointer($0)) }
    }

    private mutating func add(raw: UnsafeRawBufferPointer) {
        add(UInt64(raw.count))
        var offset = 0
        while offset + 8 <= raw.count {
            add(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < raw.count {
            tail = (tail << 8) | UInt64(raw[offset])
            offset += 1
        }
        add(tail)
    }

    public func finish() -> Fingerprint {
        Fingerprint(high: Self.mix(a ^ (b >> 7)), low: Self.mix(b ^ (a >> 11)))
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 { (value << count) | (value >> (64 - count)) }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 33)
    }
}

extension TemplateValue {
    /// The fingerprint of everything a template can read from this value. Equal values
    /// give equal fingerprints in any process (object fields are combined without regard
    /// to dictionary order). A card's is computed once and kept.
    public var fingerprint: Fingerprint {
        var hasher = FingerprintHasher()
        switch self {
        case .bool(let value): hasher.add(1); hasher.add(value ? 1 : 0)
        case .int(let value): hasher.add(2); hasher.add(UInt64(bitPattern: Int64(value)))
        case .string(let text): hasher.add(3); hasher.add(text)
        case .list(let items):
            hasher.add(4)
            hasher.add(UInt64(items.count))
            for item in items { hasher.add(item.fingerprint) }
        case .object(let object): return object.fingerprint
        }
        return hasher.finish()
    }
}

extension TemplateObject {
    var fingerprint: Fingerprint {
        if let kept = memo?.fingerprint { return kept }
        var sum = Fingerprint(high: 5, low: UInt64(fields.count))
        for (key, value) in fields {
            var hasher = FingerprintHasher()
            hasher.add(key)
            hasher.add(value.fingerprint)
            sum = sum &+ hasher.finish()
        }
        var hasher = FingerprintHasher()
        hasher.add(sum)
        let result = hasher.finish()
        memo?.fingerprint = result
        return result
    }
}
