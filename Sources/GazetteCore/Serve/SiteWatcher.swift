import Foundation

/// Tells when the inputs of a site change: `Content/`, `Templates/` and `site.yml`.
///
/// Polls a fingerprint (every file's path, size and modification time) rather than using
/// inotify, so it behaves the same on every file system, editors' atomic saves included.
/// Hidden files are left out, as the build leaves them out: an editor's swap file or the
/// temporary file of an atomic save is not a change to the site.
public struct SiteWatcher: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// A value that changes whenever a watched file is added, removed or modified.
    public func fingerprint() -> [String] {
        var entries: [String] = []
        for folder in ["Content", "Templates"] {
            let base = root.appendingPathComponent(folder)
            let paths = (try? FileManager.default.subpathsOfDirectory(atPath: base.path)) ?? []
            for path in paths.sorted() where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                if let entry = describe(folder + "/" + path) { entries.append(entry) }
            }
        }
        if let entry = describe("site.yml") { entries.append(entry) }
        return entries
    }

    /// A file's path, size and modification time; nothing for a folder, whose time changes with
    /// every file saved in it, hidden or not (its files' paths already tell what it holds).
    private func describe(_ relative: String) -> String? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(relative).path)
        if attributes?[.type] as? FileAttributeType == .typeDirectory { return nil }
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(relative)|\(size)|\(modified)"
    }
}
