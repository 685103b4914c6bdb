import Foundation

/// Writes a built site to `Public/` atomically: the only file-system writer of a build.
///
/// Files go to a staging folder beside the output (`.Public.staging`), which is then
/// swapped with the output in one `rename`. If anything fails before the swap, the
/// output is exactly as it was. A file whose bytes are unchanged since the last build is
/// hard-linked from the old output instead of written: a rebuild after one edit then
/// creates almost no new inodes, which is most of the cost of writing a big site. Dotfiles at the top of the old output (`.gitkeep`,
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
            var folders: Set<String> = [""]
            for file in files {
                guard isSafe(file.path) else { throw PublishError.io("refusing to write outside the output: \(file.path)") }
                let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
                if folders.insert(folder).inserted {
                    try manager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                }
                let target = staging.path + "/" + file.path
                if !linkUnchanged(output.path + "/" + file.path, to: target, bytes: file.bytes) {
                    try write(file.bytes, to: target)
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

    /// Hard-links `old` to `new` when `old` holds exactly `bytes`; false otherwise.
    private static func linkUnchanged(_ old: String, to new: String, bytes: [UInt8]) -> Bool {
        var status = stat()
        guard stat(old, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count,
              let existing = FileManager.default.contents(atPath: old), existing.elementsEqual(bytes) else { return false }
        return link(old, new) == 0
    }

    /// Writes a new file with plain POSIX calls: the staging folder is new, so there is
    /// nothing to replace atomically, and the output swap is the one atomic step.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw PublishError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += written
        }
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
