import Foundation
import GazetteMustache

/// Finds variables that templates use but no page context ever provides: they render as
/// nothing, silently, so `gazette check` reports them.
public enum TemplateVariableChecker {
    /// Names each template uses (every part of a dotted name), with 1-based lines.
    static func variables(in text: String) -> [(name: String, line: Int)] {
        var result: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                var tag = rest[open.upperBound...]
                guard let close = tag.range(of: "}}") else { break }
                rest = tag[close.upperBound...]
                tag = tag[..<close.lowerBound]
                if tag.hasPrefix("{") { tag = tag.dropFirst() }
                if tag.hasPrefix("}") { rest = rest.dropFirst() }
                guard let sigil = tag.first else { continue }
                if "!></$=".contains(sigil) { continue }  // comments, partials, parents, closings, blocks, delimiters
                if "#^&".contains(sigil) { tag = tag.dropFirst() }
                let name = tag.trimmingCharacters(in: .whitespaces)
                guard name != "." else { continue }
                for part in name.split(separator: ".") { result.append((String(part), index + 1)) }
            }
        }
        return result
    }

    /// An error for each variable of `templates` that is not among `knownKeys`.
    public static func check(templates: [String: String], knownKeys: Set<String>, folder: String = "Templates") -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in templates.keys.sorted() {
            var reported = Set<String>()
            for (variable, line) in variables(in: templates[name] ?? "") where !knownKeys.contains(variable) {
                guard reported.insert("\(variable):\(line)").inserted else { continue }
                diagnostics.append(.error("\(folder)/\(name).mustache", line: line, column: 1,
                                          "unknown variable '\(variable)': no page provides it, so it renders as nothing",
                                          note: "the README lists the variables of each page type"))
            }
        }
        return diagnostics
    }
}

/// Collects every key of every context rendered, so a test can keep `TemplateVariables.known`
/// (what `gazette check` accepts) equal to what the renderer really provides.
/// Shared by the parallel renderers, hence the lock.
public final class ContextKeyRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<String> = []

    public init() {}

    func record(_ context: TemplateContext) {
        var found = Set<String>()
        Self.collect(.object(TemplateObject(context)), into: &found)
        lock.lock()
        keys.formUnion(found)
        lock.unlock()
    }

    public var recordedKeys: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return keys
    }

    private static func collect(_ value: TemplateValue, into keys: inout Set<String>) {
        switch value {
        case .object(let object):
            for (key, nested) in object.fields {
                keys.insert(key)
                collect(nested, into: &keys)
            }
        case .list(let items):
            for item in items { collect(item, into: &keys) }
        default:
            break
        }
    }
}
