import Foundation

/// Where a build puts its files as it renders them: straight to disk (`SiteWriter`) or
/// into memory (`CollectingSink`, for tests, `gazette check` and `--verify`). Called from
/// the parallel renderers, so implementations are thread-safe. Streaming pages out as
/// they are made keeps a build's memory independent of the size of the site's output.
public protocol OutputSink: Sendable {
    /// Takes one file. A sink that fails remembers the error and throws it from `finish`.
    func write(_ file: OutputFile)
}

/// Keeps every file in memory.
public final class CollectingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []

    public init() {}

    public func write(_ file: OutputFile) {
        lock.lock()
        collected.append(file)
        lock.unlock()
    }

    /// Every file written, sorted by path.
    public var files: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return collected.sorted { $0.path < $1.path }
    }
}
