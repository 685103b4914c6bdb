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
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, let high = UInt64(fields[0], radix: 16), let low = UInt64(fields[1], radix: 16),
                  let size = Int(fields[2]), let modified = Int(fields[3]), SitePublisher.isSafe(String(fields[6])) else { return nil }
            var input: Fingerprint?
            if fields[4] != "-" {
                guard let inputHigh = UInt64(fields[4], radix: 16), let inputLow = UInt64(fields[5], radix: 16) else { return nil }
                input = Fingerprint(high: inputHigh, low: inputLow)
            }
            manifest.entries[String(fields[6])] = Entry(hash: ContentHash(high: high, low: low), size: size, modified: modified, input: input)
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
