import Foundation

/// Writes a built site to `Public/` atomically: the only file-system writer of a build.
///
/// Files go to a staging folder beside the output (`.Public.staging`), which is then
/// swapped with the output in one `rename`. If anything fails before the swap, the
/// output is exactly as it was. Dotfiles at the top of the old output (`.gitkeep`,
/// `.well-known`) are carried over, since the build does not make them.
public enum SitePublisher {
    public enum PublishError: Error, CustomStringConvertible {
        case io(String)
        public var description: String { if case .io(let message) = self { return message } else { return "" } }
    }

    public static func publish(_ files: [OutputFile], to output: URL) throws {
        let manager = FileManager.default
        let output = output.standardizedFileURL
        let staging = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).staging")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                guard isSafe(file.path) else { throw PublishError.io("refusing to write outside the output: \(file.path)") }
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard manager.createFile(atPath: url.path, contents: Data(file.bytes)) else {
                    throw PublishError.io("cannot write \(url.path)")
                }
            }
            if let existing = try? manager.contentsOfDirectory(atPath: output.path) {
                for name in existing.sorted() where name.hasPrefix(".") {
                    try manager.copyItem(at: output.appendingPathComponent(name), to: staging.appendingPathComponent(name))
                }
            }
            try swap(staging, output)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        try? manager.removeItem(at: staging)
    }

    /// Relative, no `..`, no absolute path: a page path can never escape the output folder.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
    }

    /// Exchanges the two folders atomically when the output exists (Linux `renameat2`),
    /// otherwise moves the staging folder into place. The old tree ends up in `staging`.
    private static func swap(_ staging: URL, _ output: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            try manager.moveItem(at: staging, to: output)
            return
        }
        #if os(Linux)
        let renameExchange: UInt32 = 2
        if exchangeFolders(AT_FDCWD, staging.path, AT_FDCWD, output.path, renameExchange) == 0 { return }
        #endif
        // Fallback: two renames, with a brief window where the output is absent.
        let old = staging.appendingPathExtension("old")
        try? manager.removeItem(at: old)
        try manager.moveItem(at: output, to: old)
        try manager.moveItem(at: staging, to: output)
        try manager.moveItem(at: old, to: staging)
    }
}

#if os(Linux)
/// glibc's `renameat2` (since 2.28), which Swift's Glibc module does not export.
@_silgen_name("renameat2")
private func exchangeFolders(_ fromDirectory: Int32, _ from: UnsafePointer<CChar>, _ toDirectory: Int32,
                             _ to: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
#endif
