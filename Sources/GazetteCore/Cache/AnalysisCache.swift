import Foundation
import GazetteExtraction

/// The persistent cache of per-article work: each article's parse and analysis, keyed by
/// its path and the hash of its bytes, in `.Public.cache/articles/`.
///
/// Every file also carries the tool's identity (version and executable) and the text of
/// `site.yml`; a file written by another version, for other settings, or damaged in any
/// way is ignored and rebuilt, never trusted. `_actors.yml` is not part of the key: it
/// changes how actors are resolved across the site, which every build does anew, not what
/// is extracted from an article.
///
/// Entries are spread over `shardCount` files by path, so an edit rewrites one small file,
/// not the whole cache. They are decoded lazily, in the parallel analysis stage.
public final class AnalysisCache: @unchecked Sendable {
    private struct Stored {
        var shard: Int
        var hash: ContentHash
        var payload: Range<Int>
    }

    /// What this build knows of an article: the entry loaded, or new work, encoded only
    /// when its shard is written (so a cold build never holds the whole cache encoded).
    private enum Current {
        case loaded(Stored)
        case new(ContentHash, CachedAnalysis)
    }

    static let magic = Array("gazette analysis cache 3\n".utf8)
    static let shardCount = 32

    private let identity: [UInt8]
    private let shards: [[UInt8]]
    private let stored: [String: Stored]
    private let lock = NSLock()
    private var current: [String: Current] = [:]

    /// Loads the cache in `folder` for a build with `configText`; empty when it is missing,
    /// damaged, or from another tool or configuration (a damaged shard only loses its own).
    public init(folder: URL, configText: String?) {
        var identityWriter = ByteWriter()
        identityWriter.string(Self.toolIdentity)
        identityWriter.string(configText ?? "")
        identity = identityWriter.bytes
        let identity = identity
        shards = ParallelMap.map(Array(0..<Self.shardCount)) { shard in
            FileManager.default.contents(atPath: folder.appendingPathComponent(Self.name(shard)).path).map { [UInt8]($0) } ?? []
        }
        var entries: [String: Stored] = [:]
        for (shard, bytes) in shards.enumerated() {
            entries.merge((try? Self.index(bytes, shard: shard, identity: identity)) ?? [:]) { first, _ in first }
        }
        stored = entries
    }

    private static func name(_ shard: Int) -> String { shard < 10 ? "0\(shard)" : String(shard) }

    /// The shard of a path: FNV-1a of its bytes, the same in every process.
    private static func shard(of path: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(shardCount))
    }

    private static func index(_ data: [UInt8], shard: Int, identity: [UInt8]) throws -> [String: Stored] {
        guard let content = CacheSeal.content(of: data), data[content].starts(with: magic) else { return [:] }
        var reader = ByteReader(data, range: content)
        _ = try reader.raw(magic.count)
        let identityRange = try reader.raw(identity.count)
        guard data[identityRange].elementsEqual(identity) else { return [:] }
        var entries: [String: Stored] = [:]
        let count = try reader.count()
        for _ in 0..<count {
            let path = try reader.string()
            let hash = try reader.fingerprint()
            let payload = try reader.raw(try reader.count())
            guard Self.shard(of: path) == shard else { return [:] }
            entries[path] = Stored(shard: shard, hash: hash, payload: payload)
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
    func lookup(_ path: String, hash: ContentHash) -> CachedAnalysis? {
        guard let entry = stored[path], entry.hash == hash,
              let cached = try? AnalysisCodec.decode(shards[entry.shard], range: entry.payload) else { return nil }
        return cached
    }

    /// Records what this build knows of the article at `path`; `reused` when it is exactly
    /// what was loaded.
    func record(_ path: String, hash: ContentHash, _ analysis: CachedAnalysis, reused: Bool) {
        let entry: Current
        if reused, let loaded = stored[path], loaded.hash == hash {
            entry = .loaded(loaded)
        } else {
            entry = .new(hash, analysis)
        }
        lock.lock()
        current[path] = entry
        lock.unlock()
    }

    /// Writes back the shards in which this build added, changed or dropped an entry.
    public func save(to folder: URL) throws {
        lock.lock()
        defer { lock.unlock() }
        var dirty = Set<Int>()
        for (path, entry) in current { if case .new = entry { dirty.insert(Self.shard(of: path)) } }
        for path in stored.keys where current[path] == nil { dirty.insert(Self.shard(of: path)) }
        guard !dirty.isEmpty else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var byShard: [Int: [String]] = [:]
        for path in current.keys { byShard[Self.shard(of: path), default: []].append(path) }
        let entries = current, pathsByShard = byShard
        let results = ParallelMap.map(dirty.sorted()) { shard in
            Result { try self.writeShard(shard, paths: (pathsByShard[shard] ?? []).sorted(), entries: entries, to: folder) }
        }
        for case .failure(let error) in results { throw error }
    }

    /// Writes one shard file; new entries are encoded here, one shard at a time.
    private func writeShard(_ shard: Int, paths: [String], entries: [String: Current], to folder: URL) throws {
        var writer = ByteWriter()
        writer.raw(Self.magic)
        writer.raw(identity)
        writer.int(paths.count)
        for path in paths {
            let hash: ContentHash, payload: ArraySlice<UInt8>
            switch entries[path] {
            case .loaded(let entry)?: hash = entry.hash; payload = shards[entry.shard][entry.payload]
            case .new(let newHash, let analysis)?: hash = newHash; payload = AnalysisCodec.encode(analysis)[...]
            case nil: continue
            }
            writer.string(path)
            writer.fingerprint(hash)
            writer.int(payload.count)
            writer.raw(Array(payload))
        }
        try PublishJournal.writeAtomically(CacheSeal.sealed(writer.bytes), to: folder.appendingPathComponent(Self.name(shard)))
    }
}
