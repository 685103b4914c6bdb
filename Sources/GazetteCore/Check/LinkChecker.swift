/// Checks every internal link and anchor of a built site, in memory.
///
/// A relative `href` or `src` must lead to a file of the site, and a `#fragment` to an
/// `id` on the target page. External links (`http:`, `https:`, `mailto:`) are not followed.
public enum LinkChecker {
    public static func check(_ files: [OutputFile], outputFolder: String = "Public") -> [Diagnostic] {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var idsCache: [String: Set<String>] = [:]
        func ids(_ path: String) -> Set<String> {
            if let cached = idsCache[path] { return cached }
            let found = Set(attributes(named: "id", in: String(decoding: byPath[path]?.bytes ?? [], as: UTF8.self)).map(\.value))
            idsCache[path] = found
            return found
        }
        var diagnostics: [Diagnostic] = []
        for file in files.sorted(by: { $0.path < $1.path }) where file.path.hasSuffix(".html") && file.path != "404.html" {
            let html = String(decoding: file.bytes, as: UTF8.self)
            let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
            for link in attributes(named: "href", in: html) + attributes(named: "src", in: html) {
                let value = link.value.replacingOccurrences(of: "&amp;", with: "&")
                let lower = value.lowercased()
                if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("//") { continue }
                let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                var target = parts.first.map(String.init) ?? ""
                if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                let location = "\(outputFolder)/\(file.path)"
                var resolved = file.path
                if !target.isEmpty {
                    if target.hasSuffix("/") { target += "index.html" }
                    guard let path = resolve(target, from: folder), byPath[path] != nil else {
                        diagnostics.append(.error(location, line: link.line, column: 1, "broken link '\(value)': no such file in the site"))
                        continue
                    }
                    resolved = path
                }
                if let fragment, !fragment.isEmpty, resolved.hasSuffix(".html"), !ids(resolved).contains(fragment) {
                    diagnostics.append(.error(location, line: link.line, column: 1, "broken anchor '\(value)': no id '\(fragment)' on \(resolved)"))
                }
            }
        }
        return diagnostics
    }

    /// The site path a relative link leads to, or nil when it leaves the site.
    static func resolve(_ link: String, from folder: String) -> String? {
        guard !link.hasPrefix("/") else { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        for part in link.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Values of `name="..."` attributes with their 1-based lines.
    static func attributes(named name: String, in html: String) -> [(value: String, line: Int)] {
        var found: [(String, Int)] = []
        let needle = " \(name)=\""
        var line = 1
        var rest = Substring(html)
        while let start = rest.range(of: needle) {
            line += rest[..<start.lowerBound].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            let valueStart = start.upperBound
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            found.append((String(rest[valueStart..<end]), line))
            line += rest[valueStart..<end].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            rest = rest[end...]
        }
        return found
    }
}
