import Foundation
import GazetteMustache

/// Where a build puts its files as it renders them: straight to disk (`SiteWriter`) or
/// into memory (`CollectingSink`, for tests, `gazette check` and `--verify`). Called from
/// the parallel renderers, so implementations are thread-safe. Streaming pages out as
/// they are made keeps a build's memory independent of the size of the site's output.
public protocol OutputSink: Sendable {
    /// Takes one file; `input` fingerprints what it was rendered from, when known. A sink
    /// that fails remembers the error and throws it from `finish`.
    func write(_ file: OutputFile, input: Fingerprint?)

    /// True when the file at `path` was last made from the same `input` and is still
    /// intact, so the renderer need not make it again: the sink keeps it as it is.
    func reuse(_ path: String, input: Fingerprint) -> Bool
}

extension OutputSink {
    public func write(_ file: OutputFile) { write(file, input: nil) }
}

/// Keeps every file in memory.
public final class CollectingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []

    public init() {}

    public func write(_ file: OutputFile, input: Fingerprint?) {
        lock.lock()
        collected.append(file)
        lock.unlock()
    }

    /// Never: everything is rendered into memory.
    public func reuse(_ path: String, input: Fingerprint) -> Bool { false }

    /// Every file written, sorted by path.
    public var files: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return collected.sorted { $0.path < $1.path }
    }
}
