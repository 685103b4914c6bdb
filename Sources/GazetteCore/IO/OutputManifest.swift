import Foundation

/// What the last publish wrote to the output folder: each file's content hash, size and
/// modification time. A rebuild compares each new file with it and writes only what
/// changed, so a build where nothing changed writes nothing; the size and time, checked
/// with one `stat`, catch a file that someone changed or removed by hand since.
struct OutputManifest: Equatable {
    struct Entry: Equatable {
        var hash: ContentHash
        var size: Int
        var modified: Int
    }

    var entries: [String: Entry] = [:]

    static let header = "gazette output manifest 1"

    /// Reads a manifest; nil when it is missing or not one this version wrote.
    static func read(_ url: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header), lines.last == "" else { return nil }
        lines.removeFirst()
        lines.removeLast()
        var manifest = OutputManifest()
        manifest.entries.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let high = UInt64(fields[0], radix: 16), let low = UInt64(fields[1], radix: 16),
                  let size = Int(fields[2]), let modified = Int(fields[3]), SitePublisher.isSafe(String(fields[4])) else { return nil }
            manifest.entries[String(fields[4])] = Entry(hash: ContentHash(high: high, low: low), size: size, modified: modified)
        }
        return manifest
    }

    /// The manifest as text, sorted by path (deterministic).
    func serialized() -> [UInt8] {
        var text = Self.header + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            text += "\(String(entry.hash.high, radix: 16)) \(String(entry.hash.low, radix: 16)) \(entry.size) \(entry.modified) \(path)\n"
        }
        return Array(text.utf8)
    }
}

/// A 128-bit hash of a file's bytes: two independent multiply-rotate lanes over eight
/// bytes a step. Not cryptographic; it tells a changed page from an unchanged one, which
/// at tens of thousands of files needs far fewer than 128 bits.
struct ContentHash: Hashable {
    var high: UInt64
    var low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(_ bytes: [UInt8]) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                a = ((a ^ word) &* 0x0000_0100_0000_01B3).rotated(29)
                b = ((b ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
                offset += 8
            }
            var tail: UInt64 = 0
            while offset < raw.count {
                tail = (tail << 8) | UInt64(raw[offset])
                offset += 1
            }
            a = ((a ^ tail) &* 0x0000_0100_0000_01B3).rotated(29)
            b = ((b ^ tail) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
        }
        high = Self.finish(a ^ (b >> 7))
        low = Self.finish(b ^ (a >> 11))
    }

    private static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 33)
    }
}

private extension UInt64 {
    func rotated(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
