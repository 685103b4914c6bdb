import Foundation
import GazetteExtraction

/// The persistent cache of per-article work: each article's parse and analysis, keyed by
/// its path and the hash of its bytes, in `.Public.cache/analysis`.
///
/// The whole file also carries the tool's identity (version and executable) and the hash
/// of `site.yml`; a file written by another version, for other settings, or damaged in any
/// way is ignored and rebuilt, never trusted. `_actors.yml` is not part of the key: it
/// changes how actors are resolved across the site, which every build does anew, not what
/// is extracted from an article.
///
/// Entries are decoded lazily, in the parallel analysis stage, and a build writes the file
/// back only when an entry was added or dropped.
public final class AnalysisCache: @unchecked Sendable {
    private struct Stored {
        var hash: ContentHash
        var payload: Range<Int>
    }

    static let magic = Array("gazette analysis cache 1\n".utf8)

    private let identity: [UInt8]
    private let bytes: [UInt8]
    private let stored: [String: Stored]
    private let lock = NSLock()
    /// What this build used or made, by path: the bytes to write back.
    private var current: [String: (hash: ContentHash, payload: [UInt8])] = [:]
    private var changed = false

    /// Loads the cache at `url` for a build with `configText`; empty when it is missing,
    /// damaged, or from another tool or configuration.
    public init(url: URL, configText: String?) {
        var identityWriter = ByteWriter()
        identityWriter.string(Self.toolIdentity)
        identityWriter.string(configText ?? "")
        identity = identityWriter.bytes
        let data = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) } ?? []
        bytes = data
        stored = (try? Self.index(data, identity: identity)) ?? [:]
    }

    private static func index(_ data: [UInt8], identity: [UInt8]) throws -> [String: Stored] {
        var reader = ByteReader(data)
        guard data.starts(with: magic) else { return [:] }
        _ = try reader.raw(magic.count)
        let identityRange = try reader.raw(identity.count)
        guard data[identityRange].elementsEqual(identity) else { return [:] }
        var entries: [String: Stored] = [:]
        let count = try reader.count()
        for _ in 0..<count {
            let path = try reader.string()
            let hash = ContentHash(high: UInt64(bitPattern: Int64(try reader.int())), low: UInt64(bitPattern: Int64(try reader.int())))
            let payload = try reader.raw(try reader.count())
            entries[path] = Stored(hash: hash, payload: payload)
        }
        guard reader.isAtEnd else { return [:] }
        return entries
    }

    /// The version and the executable's size and time: a rebuilt binary never reads the
    /// cache of the one before, even when its version string is the same.
    static let toolIdentity: String = {
        var identity = GazetteVersion.current
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 || stat(CommandLine.arguments.first ?? "", &info) == 0 {
            identity += " \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return identity
    }()

    /// The cached work for `file` when its bytes are the ones cached; a damaged entry is a miss.
    func lookup(_ file: SourceFile, hash: ContentHash) -> CachedAnalysis? {
        guard let entry = stored[file.path], entry.hash == hash,
              let cached = try? AnalysisCodec.decode(bytes, range: entry.payload) else { return nil }
        return cached
    }

    /// Records what this build knows of `file`; `reused` when it is exactly what was loaded.
    func record(_ file: SourceFile, hash: ContentHash, _ analysis: CachedAnalysis, reused: Bool) {
        let payload = reused ? stored[file.path].map { Array(bytes[$0.payload]) } ?? AnalysisCodec.encode(analysis)
                             : AnalysisCodec.encode(analysis)
        lock.lock()
        current[file.path] = (hash, payload)
        if !reused { changed = true }
        lock.unlock()
    }

    /// Writes the cache back when this build added, changed or dropped an entry.
    public func save(to url: URL) throws {
        lock.lock()
        defer { lock.unlock() }
        guard changed || current.count != stored.count || current.keys.contains(where: { stored[$0] == nil }) else { return }
        var writer = ByteWriter()
        writer.raw(Self.magic)
        writer.raw(identity)
        writer.int(current.count)
        for path in current.keys.sorted() {
            guard let entry = current[path] else { continue }
            writer.string(path)
            writer.int(Int(Int64(bitPattern: entry.hash.high)))
            writer.int(Int(Int64(bitPattern: entry.hash.low)))
            writer.int(entry.payload.count)
            writer.raw(entry.payload)
        }
        try PublishJournal.writeAtomically(writer.bytes, to: url)
    }
}
