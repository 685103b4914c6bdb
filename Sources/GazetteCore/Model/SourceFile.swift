/// A content file as read from disk: its path relative to the site root and its bytes.
public struct SourceFile: Sendable, Equatable {
    /// Relative path with `/` separators, e.g. `Content/business/001.txt`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The section an article belongs to: its folder under `Content/`, or nil at the top level.
    public var section: String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 3, parts[0] == "Content" else { return nil }
        return String(parts[1])
    }

    /// The file name without its extension.
    public var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
