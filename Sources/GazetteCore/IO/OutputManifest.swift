import Foundation
import GazetteMustache

/// File bytes and page inputs are fingerprinted the same way.
typealias ContentHash = Fingerprint

/// What the last publish wrote to the output folder: each file's content hash, size and
/// modification time, and the fingerprint of what it was rendered from (template and
/// context), which lets a rebuild skip rendering a page whose inputs did not change. A rebuild compares each new file with it and writes only what
/// changed, so a build where nothing changed writes nothing; the size and time, checked
/// with one `stat`, catch a file that someone changed or removed by hand since.
struct OutputManifest: Equatable {
    struct Entry: Equatable {
        var hash: ContentHash
        var size: Int
        var modified: Int
        var input: Fingerprint?
    }

    var entries: [String: Entry] = [:]

    static let header = "gazette output manifest 2"

    /// Reads a manifest; nil when it is missing, damaged or not one this version wrote.
    /// Parsed on bytes: at tens of thousands of lines, every build reads it first.
    static func read(_ url: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let bytes = [UInt8](data)
        let header = Array((header + "\n").utf8)
        guard bytes.starts(with: header), bytes.last == UInt8(ascii: "\n") else { return nil }
        var manifest = OutputManifest()
        var position = header.count
        /// The next space- (or, for the path, newline-) terminated field.
        func field(last: Bool = false) -> ArraySlice<UInt8>? {
            let end = UInt8(ascii: last ? "\n" : " ")
            guard let stop = bytes[position...].firstIndex(of: end) else { return nil }
            defer { position = stop + 1 }
            return bytes[position..<stop]
        }
        func number(_ text: ArraySlice<UInt8>?, radix: Int) -> UInt64? {
            guard let text, !text.isEmpty, text.count <= 20 else { return nil }
            return UInt64(String(decoding: text, as: UTF8.self), radix: radix)
        }
        while position < bytes.count {
            guard let high = number(field(), radix: 16), let low = number(field(), radix: 16),
                  let size = number(field(), radix: 10), let modified = number(field(), radix: 10) else { return nil }
            let inputHigh = field(), inputLow = field()
            guard let path = field(last: true).map({ String(decoding: $0, as: UTF8.self) }), SitePublisher.isSafe(path) else { return nil }
            var input: Fingerprint?
            if inputHigh.map(Array.init) != [UInt8(ascii: "-")] {
                guard let a = number(inputHigh, radix: 16), let b = number(inputLow, radix: 16) else { return nil }
                input = Fingerprint(high: a, low: b)
            }
            manifest.entries[path] = Entry(hash: ContentHash(high: high, low: low), size: Int(size), modified: Int(modified), input: input)
        }
        return manifest
    }

    /// The manifest as text, sorted by path (deterministic).
    func serialized() -> [UInt8] {
        var text = Self.header + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            let input = entry.input.map { "\(String($0.high, radix: 16)) \(String($0.low, radix: 16))" } ?? "- -"
            text += "\(String(entry.hash.high, radix: 16)) \(String(entry.hash.low, radix: 16)) \(entry.size) \(entry.modified) \(input) \(path)\n"
        }
        return Array(text.utf8)
    }
}
