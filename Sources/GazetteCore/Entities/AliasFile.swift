import GazetteExtraction
import Yams

/// The user's corrections to actor extraction, from `Content/_actors.yml`:
///
/// ```yaml
/// actors:
///   - name: Antony Blinken            # the name pages show (renames the actor)
///     kind: person                    # person, organization or place (sets the kind)
///     aliases: [Blinken, Tony Blinken] # other names merged into this actor
/// block: [Stay, While]               # names that are never actors
/// keep_apart: [Brown]                # one-word names never merged into a full name
/// ```
///
/// Names are compared like the entity index does: without case, periods or a leading "the".
public struct AliasFile: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var kind: ActorKind?
        public var aliases: [String]
    }

    public var entries: [Entry] = []
    public var blocked: Set<String> = []
    public var keptApart: Set<String> = []

    public init() {}

    /// Where the file lives, relative to the site root.
    public static let path = "Content/_actors.yml"

    /// The entry a name belongs to, by normalized name or alias.
    func entryIndexByName() -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() {
            for name in [entry.name] + entry.aliases {
                let key = EntityResolver.normalize(name)
                if index[key] == nil { index[key] = position }
            }
        }
        return index
    }

    public static func parse(_ text: String, path: String = AliasFile.path) -> (AliasFile, [Diagnostic]) {
        var file = AliasFile()
        var diagnostics: [Diagnostic] = []
        func error(_ node: Node?, _ message: String, note: String? = nil) {
            diagnostics.append(.error(path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message, note: note))
        }
        func names(_ node: Node) -> [String] {
            if let scalar = node.scalar { return [scalar.string].filter { !$0.isEmpty } }
            guard let sequence = node.sequence else {
                error(node, "expected a list of names, e.g. [Blinken, Tony Blinken]")
                return []
            }
            return sequence.compactMap { item in
                guard let name = item.scalar?.string, !name.isEmpty else { error(item, "each name must be text"); return nil }
                return name
            }
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
            return (file, [.error(path, line: mark.line, column: mark.column, "invalid YAML: \(problem)")])
        } catch {
            return (file, [.error(path, line: 1, column: 1, "invalid YAML: \(error)")])
        }
        guard let root else { return (file, []) }
        guard let mapping = root.mapping else {
            error(root, "expected the keys actors, block and keep_apart")
            return (file, diagnostics)
        }
        for (keyNode, value) in mapping {
            switch keyNode.scalar?.string {
            case "actors":
                guard let list = value.sequence else { error(value, "'actors' must be a list of entries"); continue }
                for item in list {
                    guard let fields = item.mapping else { error(item, "each actor must have 'name' and may have 'kind' and 'aliases'"); continue }
                    var entry = Entry(name: "", kind: nil, aliases: [])
                    for (fieldKey, fieldValue) in fields {
                        switch fieldKey.scalar?.string {
                        case "name": entry.name = fieldValue.scalar?.string ?? ""
                        case "aliases": entry.aliases = names(fieldValue)
                        case "kind":
                            let text = fieldValue.scalar?.string ?? ""
                            entry.kind = ActorKind(rawValue: text)
                                ?? ActorKind.allCases.first { $0.plural == text }
                            if entry.kind == nil { error(fieldValue, "unknown kind '\(text)'", note: "use person, organization or place") }
                        default:
                            error(fieldKey, "unknown field '\(fieldKey.scalar?.string ?? "")'", note: "an actor has name, kind and aliases")
                        }
                    }
                    if entry.name.isEmpty { error(item, "actor entry without a name") } else { file.entries.append(entry) }
                }
            case "block": file.blocked.formUnion(names(value).map(EntityResolver.normalize))
            case "keep_apart": file.keptApart.formUnion(names(value).map(EntityResolver.normalize))
            default:
                diagnostics.append(.warning(path, line: keyNode.mark?.line ?? 1, column: keyNode.mark?.column ?? 1,
                                            "unknown key '\(keyNode.scalar?.string ?? "")' is ignored",
                                            note: "known keys: actors, block, keep_apart"))
            }
        }
        return (file, diagnostics)
    }
}
