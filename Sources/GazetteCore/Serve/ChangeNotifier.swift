import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells at once which files of a site changed, through Linux's inotify, so `gazette serve`
/// can show an edit without waiting for its next poll. It watches the site folder
/// (`site.yml`), every folder under `Content/` and `Templates/`, and folders created there
/// later. `SiteWatcher`'s fingerprint stays the judge of whether the site changed: this only
/// says when to look, and which article files were written.
public final class ChangeNotifier {
    private let root: URL
    private let descriptor: Int32
    /// Watch descriptor → folder, relative to the root ("" for the root).
    private var folders: [Int32: String] = [:]

    /// Nil where inotify is not available; the caller then polls.
    public init?(root: URL) {
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.root = root.standardizedFileURL
        watch("")
        for top in ["Content", "Templates"] {
            watch(top)
            for folder in (try? FileManager.default.subpathsOfDirectory(atPath: self.root.appendingPathComponent(top).path)) ?? [] {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: self.root.appendingPathComponent(top + "/" + folder).path, isDirectory: &isFolder),
                   isFolder.boolValue { watch(top + "/" + folder) }
            }
        }
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    private static let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)

    private func watch(_ folder: String) {
        let path = folder.isEmpty ? root.path : root.appendingPathComponent(folder).path
        let watched = inotify_add_watch(descriptor, path, Self.events)
        if watched >= 0 { folders[watched] = folder }
    }

    /// Waits up to `timeout` seconds for changes; the paths (relative to the root) of the
    /// files written, moved, created or removed, or none when the time ran out.
    public func wait(timeout: Double) -> [String] {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(timeout * 1000)) > 0 else { return [] }
        var paths: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            var offset = 0
            // struct inotify_event: wd, mask, cookie, len (4 bytes each), then the name.
            while offset + 16 <= count {
                let (watched, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self), raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                guard let folder = folders[watched], !nameBytes.isEmpty else { continue }
                let name = String(decoding: nameBytes, as: UTF8.self)
                let path = folder.isEmpty ? name : folder + "/" + name
                let watchedTree = folder.isEmpty ? ["Content", "Templates"].contains(name) : true
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, watchedTree { watch(path) }
                paths.append(path)
            }
        }
        return paths
    }
}
