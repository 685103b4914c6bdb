import Foundation

/// Writes a finished list of files to a folder through `SiteWriter` (tests record the
/// golden site with it), and the path rules and atomic folder swap the writer relies on.
public enum SitePublisher {
    public enum PublishError: Error, CustomStringConvertible {
        case io(String)
        public var description: String { if case .io(let message) = self { return message } else { return "" } }
    }

    @discardableResult
    public static func publish(_ files: [OutputFile], to output: URL) throws -> SiteWriter.Summary {
        let writer = try SiteWriter(output: output)
        for file in files { writer.write(file) }
        return try writer.finish()
    }

    /// Relative, no `..`, no absolute path: a page path can never escape the output folder.
    /// Checked on UTF-8 bytes: the output record holds tens of thousands of paths.
    static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard let first = bytes.first, first != UInt8(ascii: "/") else { return false }
            var componentStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                let length = index - componentStart
                if (length == 1 || length == 2) && bytes[componentStart..<index].allSatisfy({ $0 == UInt8(ascii: ".") }) { return false }
                componentStart = index + 1
            }
            return true
        }
    }

    /// Exchanges the two folders atomically when the output exists (Linux `renameat2`),
    /// otherwise moves the staging folder into place. The old tree ends up in `staging`.
    static func swap(_ staging: URL, _ output: URL) throws {
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
