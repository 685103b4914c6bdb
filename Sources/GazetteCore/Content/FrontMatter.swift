import GazetteExtraction
import Yams

/// The metadata an author writes between `---` lines at the top of a Markdown article.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var date: ArticleDate?
    public var author: String?
    public var source: String?
    public var url: String?
    public var tags: [String] = []
    public var summary: String?
    public var draft = false
    public var slug: String?
    public var actors: [DeclaredActor] = []

    public init() {}

    /// Every key Gazette reads; any other key is a warning (likely a typo).
    public static let knownKeys: Set<String> = [
        "title", "date", "author", "source", "url", "tags", "summary", "draft", "slug",
        "people", "organizations", "places",
    ]
}

/// Splits front matter from a Markdown file and reads it, reporting problems at their
/// position in the article file (the YAML's own line numbers are shifted by the opening `---`).
public enum FrontMatterParser {
    /// The result of parsing: front matter, the Markdown body, the body's first line, and diagnostics.
    public struct Result: Sendable {
        public var frontMatter: FrontMatter
        public var body: String
        /// 1-based line of the article file where the body starts.
        public var bodyLine: Int
        public var diagnostics: [Diagnostic]
    }

    public static func parse(_ text: String, path: String) -> Result {
        var diagnostics: [Diagnostic] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return Result(frontMatter: FrontMatter(), body: text, bodyLine: 1, diagnostics: [])
        }
        guard let closing = lines.dropFirst().firstIndex(where: { let l = $0.trimmingTrailingSpaces(); return l == "---" || l == "..." }) else {
            diagnostics.append(.error(path, line: 1, column: 1, "front matter is not closed",
                                      note: "did you forget the closing '---' line?"))
            return Result(frontMatter: FrontMatter(), body: "", bodyLine: lines.count + 1, diagnostics: diagnostics)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        var reader = FrontMatterReader(path: path, lineOffset: 1)
        let frontMatter = reader.read(yaml)
        return Result(frontMatter: frontMatter, body: body, bodyLine: closing + 2, diagnostics: reader.diagnostics)
    }
}

/// Reads the YAML node tree into a `FrontMatter`, collecting diagnostics with article positions.
struct FrontMatterReader {
    let path: String
    /// Lines before the YAML starts in the article file (the opening `---`).
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []

    mutating func read(_ yaml: String) -> FrontMatter {
        var result = FrontMatter()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            report(error)
            return result
        } catch {
            diagnostics.append(.error(path, line: 1, column: 1, "unreadable front matter: \(error)"))
            return result
        }
        guard let root else { return result }
        guard case .mapping(let mapping) = root else {
            diagnostics.append(error(at: root, "front matter must be a mapping of keys to values",
                                     note: "write one 'key: value' per line, e.g. 'title: My article'"))
            return result
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.append(error(at: keyNode, "front matter keys must be plain words"))
                continue
            }
            switch key {
            case "title": result.title = string(value, key)
            case "author": result.author = string(value, key)
            case "source": result.source = string(value, key)
            case "summary": result.summary = string(value, key)
            case "slug": result.slug = slug(value)
            case "url": result.url = url(value)
            case "date": result.date = date(value)
            case "draft": result.draft = bool(value, key) ?? false
            case "tags": result.tags = list(value, key)
            case "people": result.actors += list(value, key).map { DeclaredActor(name: $0, kind: .person) }
            case "organizations": result.actors += list(value, key).map { DeclaredActor(name: $0, kind: .organization) }
            case "places": result.actors += list(value, key).map { DeclaredActor(name: $0, kind: .place) }
            default:
                let near = FrontMatter.knownKeys.sorted().first { $0.hasPrefix(String(key.prefix(3))) }
                diagnostics.append(warning(at: keyNode, "unknown front matter key '\(key)' is ignored",
                                           note: near.map { "did you mean '\($0)'?" } ?? "known keys: \(FrontMatter.knownKeys.sorted().joined(separator: ", "))"))
            }
        }
        return result
    }

    private mutating func string(_ node: Node, _ key: String) -> String? {
        guard let scalar = node.scalar else {
            diagnostics.append(error(at: node, "'\(key)' must be text, not a list or mapping"))
            return nil
        }
        let text = scalar.string.trimmingSpaces()
        return text.isEmpty ? nil : text
    }

    private mutating func bool(_ node: Node, _ key: String) -> Bool? {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off", "": return false
        default:
            diagnostics.append(error(at: node, "'\(key)' must be true or false"))
            return nil
        }
    }

    private mutating func list(_ node: Node, _ key: String) -> [String] {
        switch node {
        case .scalar(let scalar):
            // "tags: a, b" is a common shorthand for a list.
            return scalar.string.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                if let text = item.scalar?.string.trimmingSpaces(), !text.isEmpty { values.append(text) } else if item.scalar == nil {
                    diagnostics.append(error(at: item, "each item of '\(key)' must be text"))
                }
            }
            return values
        default:
            diagnostics.append(error(at: node, "'\(key)' must be a list, e.g. [\"a\", \"b\"]"))
            return []
        }
    }

    private mutating func date(_ node: Node) -> ArticleDate? {
        guard let text = node.scalar?.string.trimmingSpaces(), let date = ArticleDate(iso: text) else {
            diagnostics.append(error(at: node, "invalid date '\(node.scalar?.string ?? "")'",
                                     note: "expected YYYY-MM-DD or an ISO 8601 date-time such as 2024-03-21T10:00:00Z"))
            return nil
        }
        return date
    }

    private mutating func slug(_ node: Node) -> String? {
        guard let text = string(node, "slug") else { return nil }
        let cleaned = Slugger.slugify(text)
        if cleaned.isEmpty {
            diagnostics.append(error(at: node, "slug '\(text)' has no letters or digits"))
            return nil
        }
        return cleaned
    }

    private mutating func url(_ node: Node) -> String? {
        guard let text = string(node, "url") else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            diagnostics.append(error(at: node, "url '\(text)' must start with http:// or https://"))
            return nil
        }
        return text
    }

    private func position(of node: Node) -> (line: Int, column: Int) {
        guard let mark = node.mark else { return (lineOffset + 1, 1) }
        return (mark.line + lineOffset, mark.column)
    }

    private func error(at node: Node, _ message: String, note: String? = nil) -> Diagnostic {
        let (line, column) = position(of: node)
        return .error(path, line: line, column: column, message, note: note)
    }

    private func warning(at node: Node, _ message: String, note: String? = nil) -> Diagnostic {
        let (line, column) = position(of: node)
        return .warning(path, line: line, column: column, message, note: note)
    }

    private mutating func report(_ error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            diagnostics.append(.error(path, line: mark.line + lineOffset, column: mark.column,
                                      "invalid YAML in front matter: \(problem)",
                                      note: "check quoting and indentation; values with ':' need quotes"))
        default:
            diagnostics.append(.error(path, line: lineOffset + 1, column: 1, "invalid YAML in front matter: \(error)"))
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let c = slice.first, c.isWhitespace { slice = slice.dropFirst() }
        while let c = slice.last, c.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    func trimmingTrailingSpaces() -> Substring {
        var slice = Substring(self)
        while let c = slice.last, c == " " || c == "\t" { slice = slice.dropLast() }
        return slice
    }
}
