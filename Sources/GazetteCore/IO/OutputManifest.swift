import Foundation
import GazetteMustache

/// File bytes and page inputs are fingerprinted the same way.
typealias ContentHash = Fingerprint

/// What the last publish wrote to the output folder: each file's content hash, size and
/// modification time, and the fingerprint of what it was made from, which lets a rebuild
/// skip making a file whose inputs did not change. A rebuild writes only files whose bytes
/// differ from the record, so a build where nothing changed writes nothing; the size and
/// time, checked with one `stat`, catch a file someone changed or removed by hand since.
struct OutputManifest: Equatable {
    struct Entry: Equatable {
        var hash: ContentHash
        var size: Int
        var modified: Int
        var input: Fingerprint?
    }

    var entries: [String: Entry] = [:]

    static let magic = Array("gazette output manifest 4\n".utf8)

    /// Reads a manifest; nil when it is missing, damaged or not one this version wrote.
    /// Binary (`ByteWriter`): every build reads it first, at tens of thousands of entries.
    static func read(_ url: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let bytes = [UInt8](data)
        guard let content = CacheSeal.content(of: bytes), bytes[content].starts(with: magic) else { return nil }
        var reader = ByteReader(bytes, range: magic.count..<content.upperBound)
        var manifest = OutputManifest()
        do {
            let count = try reader.count()
            manifest.entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.string()
                let hash = try reader.fingerprint()
                let size = try reader.int(), modified = try reader.int()
                let input = try reader.optional { r throws(ByteReader.Damaged) in try r.fingerprint() }
                guard SitePublisher.isSafe(path) else { return nil }
                manifest.entries[path] = Entry(hash: hash, size: size, modified: modified, input: input)
            }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
        return manifest
    }

    /// The manifest's bytes, sorted by path (deterministic), sealed with their checksum.
    func serialized() -> [UInt8] {
        var writer = ByteWriter()
        writer.raw(Self.magic)
        writer.int(entries.count)
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            writer.string(path)
            writer.fingerprint(entry.hash)
            writer.int(entry.size)
            writer.int(entry.modified)
            writer.optional(entry.input) { $0.fingerprint($1) }
        }
        return CacheSeal.sealed(writer.bytes)
    }
}
