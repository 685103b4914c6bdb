import Foundation

/// Tells when the inputs of a site change: `Content/`, `Templates/` and `site.yml`.
///
/// Polls a fingerprint (every file's path, size and modification time) rather than using
/// inotify, so it behaves the same on every file system, editors' atomic saves included.
/// It watches the files the build reads (`SiteReader.regularFiles`): an editor's hidden swap
/// file or the temporary file of an atomic save is not a change to the site, and neither is
/// a folder's modification time.
public struct SiteWatcher: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// Article files (`Content/...`) modified between two fingerprints, when nothing else
    /// changed (no template, no settings, no file added or removed); empty otherwise.
    public static func changedArticles(from old: [String], to new: [String]) -> [String] {
        guard old.count == new.count else { return [] }
        var paths: [String] = []
        for (before, after) in zip(old, new) where before != after {
            let path = String(after.split(separator: "|").first ?? "")
            guard path == String(before.split(separator: "|").first ?? ""), path.hasPrefix("Content/"),
                  !path.split(separator: "/").contains(where: { $0.hasPrefix("_") }) else { return [] }
            paths.append(path)
        }
        return paths
    }

    /// The article files among `paths` (relative to the root): under `Content/`, Markdown or
    /// text, not hidden, not `_` configuration; each once, in order.
    public static func articleFiles(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { path in
            let parts = path.split(separator: "/")
            let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            return parts.first == "Content" && parts.count > 1 && !parts.contains(where: { $0.hasPrefix(".") || $0.hasPrefix("_") })
                && (ArticleParser.markdownExtensions.contains(ext) || ArticleParser.plainTextExtensions.contains(ext))
                && seen.insert(path).inserted
        }
    }

    /// A value that changes whenever a watched file is added, removed or modified.
    public func fingerprint() -> [String] {
        var entries: [String] = []
        for folder in ["Content", "Templates"] {
            for file in SiteReader.regularFiles(root.appendingPathComponent(folder)) {
                entries.append("\(folder)/\(file.path)|\(file.size)|\(file.modified)")
            }
        }
        var info = stat()
        let config = stat(root.appendingPathComponent("site.yml").path, &info) == 0
            ? "\(info.st_size)|\(info.modifiedNanoseconds)" : "-1|0"
        entries.append("site.yml|" + config)
        return entries
    }
}
