import Foundation

/// Reads a site folder into a `SiteInput`: the only file-system reader of a build.
///
/// Under `Content/`, files and folders whose names start with `.` or `_` are not
/// articles (`_actors.yml` is configuration). Listings are sorted, so the build sees the
/// same order on every machine.
public enum SiteReader {
    /// The largest article a build reads (16 MB): an article above it is skipped with a warning.
    /// Every stage is linear in an article's size (an 8.6 MB article builds in about 3 s), so
    /// the limit only bounds the memory and time one runaway file (a log or a dump saved as
    /// `.txt`) can take; no real article comes near it.
    public static let maxArticleBytes = 16 * 1_048_576

    private enum ArticleRead {
        case read([UInt8])
        case unreadable
        case tooLarge(Int)
    }

    /// Reads the site at `root`; `templatesFolder` replaces `root/Templates` (tests share one theme).
    public static func read(root: URL, templatesFolder: URL? = nil, buildDate: ArticleDate?,
                            includeDrafts: Bool) -> Result<SiteInput, BuildFailure> {
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        let configURL = root.appendingPathComponent("site.yml")
        var configText: String?
        if manager.fileExists(atPath: configURL.path) {
            if let data = manager.contents(atPath: configURL.path) {
                configText = TextDecoding.decode([UInt8](data)).text
            } else {
                diagnostics.append(.error("site.yml", "cannot read file"))
            }
        }

        let contentURL = root.appendingPathComponent("Content")
        var articles: [SourceFile] = []
        if !manager.fileExists(atPath: contentURL.path) {
            diagnostics.append(.error("Content", "folder not found in \(root.path)", note: "run `gazette new DIR` to start a site, or pass --root"))
        }
        // The listing's `lstat` gives each size, so an oversized file is never opened.
        let articleFiles = regularFiles(contentURL).filter { file in
            let parts = file.path.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") || $0.hasPrefix("_") }) { return false }
            let ext = file.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            return ArticleParser.markdownExtensions.contains(ext) || ArticleParser.plainTextExtensions.contains(ext)
        }
        let articlePaths = articleFiles.map(\.path)
        // Read on every core: at ten thousand files, reading is a tenth of a rebuild.
        let contents = ParallelMap.map(articleFiles) { file -> ArticleRead in
            if file.size > maxArticleBytes { return .tooLarge(file.size) }
            let path = contentURL.appendingPathComponent(file.path).path
            return FileManager.default.contents(atPath: path).map { .read([UInt8]($0)) } ?? .unreadable
        }
        for (relative, read) in zip(articlePaths, contents) {
            let path = "Content/" + relative
            switch read {
            case .read(let bytes): articles.append(SourceFile(path: path, bytes: bytes))
            case .unreadable: diagnostics.append(.error(path, "cannot read file"))
            case .tooLarge(let size):
                let megabytes = (Double(size) / 1_048_576 * 10).rounded() / 10
                diagnostics.append(.warning(path, "article is \(megabytes) MB, over the limit of \(maxArticleBytes / 1_048_576) MB; skipped",
                                            note: "split it into several articles"))
            }
        }

        var aliasText: String?
        if let data = manager.contents(atPath: root.appendingPathComponent(AliasFile.path).path) {
            aliasText = TextDecoding.decode([UInt8](data)).text
        }

        let templatesURL = templatesFolder ?? root.appendingPathComponent("Templates")
        var templates: [String: String] = [:]
        var assets: [OutputFile] = []
        if !manager.fileExists(atPath: templatesURL.path) {
            diagnostics.append(.error("Templates", "folder not found in \(root.path)", note: "copy Templates/ from the Gazette repository, or run `gazette new DIR`"))
        }
        for relative in listFiles(templatesURL) {
            let url = templatesURL.appendingPathComponent(relative)
            guard let data = manager.contents(atPath: url.path) else {
                diagnostics.append(.error("Templates/" + relative, "cannot read file"))
                continue
            }
            if relative.hasPrefix("assets/") {
                assets.append(OutputFile(path: String(relative.dropFirst("assets/".count)), bytes: [UInt8](data)))
            } else if relative.hasSuffix(".mustache"), !relative.contains("/") {
                templates[String(relative.dropLast(".mustache".count))] = TextDecoding.decode([UInt8](data)).text
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return .failure(BuildFailure(diagnostics)) }
        var input = SiteInput(configText: configText, articles: articles, aliasText: aliasText, templates: templates, assets: assets,
                              buildDate: buildDate, includeDrafts: includeDrafts)
        input.readWarnings = diagnostics
        return .success(input)
    }

    /// Regular files below `folder`, as sorted relative paths; hidden files and symbolic
    /// links are skipped, so a build never reads outside the site.
    static func listFiles(_ folder: URL) -> [String] {
        regularFiles(folder).map(\.path)
    }

    /// `listFiles` with each file's size and modification time (nanoseconds), which
    /// `SiteWatcher` fingerprints: the files a build reads are the files it watches.
    /// One `lstat` a file: symbolic links are not regular files, so they are skipped.
    static func regularFiles(_ folder: URL) -> [(path: String, size: Int, modified: Int)] {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted().compactMap { name in
            if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return nil }
            var info = stat()
            guard lstat(folder.path + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return (name, Int(info.st_size), info.modifiedNanoseconds)
        }
    }
}
