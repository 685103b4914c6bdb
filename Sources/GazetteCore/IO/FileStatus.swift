import Foundation

extension stat {
    /// Modification time in nanoseconds: what the output record, the site reader and the
    /// watcher compare to tell a file changed.
    var modifiedNanoseconds: Int { Int(st_mtim.tv_sec) * 1_000_000_000 + Int(st_mtim.tv_nsec) }
}
