import Foundation
import GazetteMustache

/// Writes a build's files as they are rendered and publishes them at the end: the only
/// file-system writer of a build.
///
/// Files never go straight into the output folder. With no trusted record of the output
/// (the first build, or a cache that is missing or corrupt) every file goes to a staging
/// folder beside it (`.Public.staging`), which one atomic `rename` then swaps in. With
/// the record (`OutputManifest`, in the cache folder `.Public.cache`), a file whose bytes
/// are unchanged is not written at all; changed files are staged, and `PublishJournal`
/// moves them in place once the whole build has succeeded, keeping the old files until
/// then so that a build killed mid-way is rolled back by the next one. So a failed build
/// leaves the output as it was, and a build where nothing changed writes no file.
public final class SiteWriter: OutputSink, @unchecked Sendable {
    public struct Summary: Sendable {
        /// Files the site has, and files this build wrote or removed.
        public var files: Int
        public var written: Int
        public var removed: Int
    }

    let output: URL
    let staging: URL
    /// `output.path` and `staging.path`, made once: a rebuild checks every file of the site.
    private let outputPath: String
    private let stagingPath: String
    let folders: CacheFolders
    /// The record of the output as it is; nil when every file must be written.
    private let previous: OutputManifest?
    private let lock = NSLock()
    private var manifest = OutputManifest()
    private var staged: [String] = []
    private var createdFolders: Set<String> = [""]
    private var failure: String?

    /// Prepares to write the site into `output`: finishes or rolls back a publish that a
    /// killed build left half done, and loads the record of the output.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        folders = CacheFolders(output: self.output)
        staging = folders.staging
        outputPath = self.output.path
        stagingPath = staging.path
        let manager = FileManager.default
        try manager.createDirectory(at: folders.cache, withIntermediateDirectories: true)
        try PublishJournal.recover(folders)
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        previous = manager.fileExists(atPath: self.output.path) ? OutputManifest.read(folders.manifest) : nil
    }

    public func reuse(_ path: String, input: Fingerprint) -> Bool {
        guard let old = previous?.entries[path], old.input == salted(input), isIntact(path, old) else { return false }
        lock.lock()
        manifest.entries[path] = old
        lock.unlock()
        return true
    }

    public func write(_ file: OutputFile, input: Fingerprint?) {
        guard SitePublisher.isSafe(file.path) else { return fail("refusing to write outside the output: \(file.path)") }
        let hash = ContentHash(file.bytes)
        let input = input.map(salted)
        if var old = previous?.entries[file.path], old.hash == hash, old.size == file.bytes.count, isIntact(file.path, old) {
            old.input = input
            lock.lock()
            manifest.entries[file.path] = old
            lock.unlock()
            return
        }
        do {
            try makeFolder(for: file.path)
            let modified = try Self.create(stagingPath + "/" + file.path, file.bytes)
            lock.lock()
            manifest.entries[file.path] = .init(hash: hash, size: file.bytes.count, modified: modified, input: input)
            staged.append(file.path)
            lock.unlock()
        } catch {
            fail(ErrorDescription.of(error))
        }
    }

    /// Drops what was written, for a build that failed: the output is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Publishes what was written; on failure the output is as it was.
    public func finish() throws -> Summary {
        let manager = FileManager.default
        if let failure {
            try? manager.removeItem(at: staging)
            throw SitePublisher.PublishError.io(failure)
        }
        let staged = staged.sorted()
        guard let previous else {
            try publishWhole()
            return Summary(files: manifest.entries.count, written: staged.count, removed: 0)
        }
        let removed = previous.entries.keys.filter { manifest.entries[$0] == nil }.sorted()
        if staged.count * 2 > manifest.entries.count {
            // Most files changed (a template edit): moving each in place would cost more than
            // linking the unchanged ones into the staging folder and swapping it in whole.
            let unchanged = Array(Set(manifest.entries.keys).subtracting(staged))
            ParallelMap.forEach(unchanged) { path in
                do {
                    try self.makeFolder(for: path)
                    if link(self.outputPath + "/" + path, self.stagingPath + "/" + path) != 0 {
                        self.fail("cannot link \(path) into \(self.staging.path): \(String(cString: strerror(errno)))")
                    }
                } catch {
                    self.fail(ErrorDescription.of(error))
                }
            }
            if let failure {
                try? manager.removeItem(at: staging)
                throw SitePublisher.PublishError.io(failure)
            }
            try publishWhole()
            return Summary(files: manifest.entries.count, written: staged.count, removed: removed.count)
        }
        if staged.isEmpty && removed.isEmpty {
            try? manager.removeItem(at: staging)
            // The files are as they were; the record may have learnt page inputs.
            if manifest != previous { try PublishJournal.writeAtomically(manifest.serialized(), to: folders.manifest) }
            return Summary(files: manifest.entries.count, written: 0, removed: 0)
        }
        let plan = PublishJournal.Plan(
            changed: staged.filter { previous.entries[$0] != nil }, added: staged.filter { previous.entries[$0] == nil }, removed: removed)
        try PublishJournal.apply(plan, manifest: manifest, folders: folders, output: output)
        return Summary(files: manifest.entries.count, written: staged.count, removed: removed.count)
    }

    /// Swaps the staging folder in for the output in one atomic step. The record is
    /// removed first and written after, so no build ever trusts it for the wrong tree.
    private func publishWhole() throws {
        let manager = FileManager.default
        try? manager.removeItem(at: folders.manifest)
        do {
            // Dotfiles at the top of the old output (`.gitkeep`, `.well-known`) are carried
            // over, since the build does not make them.
            if let existing = try? manager.contentsOfDirectory(atPath: output.path) {
                for name in existing.sorted() where name.hasPrefix(".") {
                    try manager.copyItem(at: output.appendingPathComponent(name), to: staging.appendingPathComponent(name))
                }
            }
            try SitePublisher.swap(staging, output)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        Self.removeTree(staging)
        try PublishJournal.writeAtomically(manifest.serialized(), to: folders.manifest)
    }

    /// Removes a folder and everything in it, unlinking files on every core: the old output
    /// of a whole-site publish is tens of thousands of files.
    static func removeTree(_ folder: URL) {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return }
        var files: [String] = [], folders: [String] = []
        for name in names {
            var info = stat()
            guard lstat(folder.path + "/" + name, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR { folders.append(name) } else { files.append(name) }
        }
        ParallelMap.forEach(files) { unlink(folder.path + "/" + $0) }
        for name in folders.sorted(by: { $0.count > $1.count }) { rmdir(folder.path + "/" + name) }
        if rmdir(folder.path) != 0 { try? FileManager.default.removeItem(at: folder) }
    }

    private func fail(_ message: String) {
        lock.lock()
        if failure == nil { failure = message }
        lock.unlock()
    }

    private func makeFolder(for path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        lock.lock()
        let exists = createdFolders.contains(folder)
        lock.unlock()
        guard !exists else { return }
        // Two threads may both create it: creating an existing folder succeeds.
        try FileManager.default.createDirectory(atPath: stagingPath + "/" + folder, withIntermediateDirectories: true)
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }

    /// An input fingerprint bound to this tool: the code that makes a file from its
    /// inputs is part of them, so a new binary makes every file afresh once.
    private func salted(_ input: Fingerprint) -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add(toolSalt)
        hasher.add(input)
        return hasher.finish()
    }

    private let toolSalt = Fingerprint(Array(AnalysisCache.toolIdentity.utf8))

    /// Whether the output's file is still the one the record describes (same size and
    /// time): one `stat`, which catches a file changed or removed by hand.
    private func isIntact(_ path: String, _ entry: OutputManifest.Entry) -> Bool {
        Self.status(outputPath + "/" + path).map { $0.size == entry.size && $0.modified == entry.modified } ?? false
    }

    /// Size and modification time (nanoseconds) of a regular file, or nil.
    static func status(_ path: String) -> (size: Int, modified: Int)? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(info.st_size), info.modifiedNanoseconds)
    }

    /// Creates a new file with `bytes`; returns its modification time in nanoseconds.
    static func create(_ path: String, _ bytes: [UInt8]) throws -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SitePublisher.PublishError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw SitePublisher.PublishError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += written
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SitePublisher.PublishError.io("cannot read back \(path)") }
        return info.modifiedNanoseconds
    }
}

/// The folders a build keeps beside the output `Public/`: `.Public.staging` (files of a
/// build in progress) and `.Public.cache` (the output record, the analysis cache, the
/// publish journal and the build lock). Never inside the output, which holds only the site.
struct CacheFolders {
    var output: URL
    var staging: URL
    var cache: URL

    init(output: URL) {
        self.output = output
        let parent = output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging")
        cache = parent.appendingPathComponent(".\(output.lastPathComponent).cache")
    }

    var manifest: URL { cache.appendingPathComponent("manifest") }
    var analysis: URL { cache.appendingPathComponent("articles") }
    var journal: URL { cache.appendingPathComponent("publish") }
    var lock: URL { cache.appendingPathComponent("lock") }
}
