import Foundation

/// Tells when the inputs of a site change: `Content/`, `Templates/` and `site.yml`.
///
/// Polls a fingerprint (every file's path, size and modification time) rather than using
/// inotify, so it behaves the same on every file system, editors' atomic saves included.
public struct SiteWatcher: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// A value that changes whenever a watched file is added, removed or modified.
    public func fingerprint() -> [String] {
        var entries: [String] = []
        for folder in ["Content", "Templates"] {
            let base = root.appendingPathComponent(folder)
            for path in (try? FileManager.default.subpathsOfDirectory(atPath: base.path))?.sorted() ?? [] {
                entries.append(describe(folder + "/" + path))
            }
        }
        entries.append(describe("site.yml"))
        return entries
    }

    private func describe(_ relative: String) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(relative).path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(relative)|\(size)|\(modified)"
    }
}
