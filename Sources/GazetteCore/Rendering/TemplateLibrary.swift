import Mustache

/// The site's Mustache templates, loaded from `Templates/` at run time so users can
/// restyle the site without recompiling.
///
/// Every page template is checked before anything renders: a missing template, a missing
/// partial or a syntax error stops the build with `Templates/<name>.mustache:LINE:COL`.
public struct TemplateLibrary: Sendable {
    /// Templates every site needs, one per page type.
    public static let pageTemplates = ["index", "article", "taxonomy", "term", "actor", "actors", "archive", "search", "404"]

    let library: MustacheLibrary

    /// Parses `sources` (template name → text, names without `.mustache`).
    /// `folder` is how paths are shown in diagnostics ("Templates").
    public static func load(_ sources: [String: String], folder: String = "Templates") -> Result<TemplateLibrary, BuildFailure> {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            let text = sources[name] ?? ""
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("\(folder)/\(name).mustache", line: error.context.lineNumber,
                                          column: error.context.columnNumber + 1, describe(error.error)))
            } catch {
                diagnostics.append(.error("\(folder)/\(name).mustache", line: 1, column: 1, "\(error)"))
            }
            for (partial, line, column) in partialReferences(in: text) where sources[partial] == nil {
                diagnostics.append(.error("\(folder)/\(name).mustache", line: line, column: column,
                                          "template '\(partial)' is used here but \(folder)/\(partial).mustache does not exist"))
            }
        }
        for name in pageTemplates where sources[name] == nil {
            diagnostics.append(.error("\(folder)/\(name).mustache", "missing template",
                                      note: "every site needs \(pageTemplates.map { $0 + ".mustache" }.joined(separator: ", ")); `gazette new` writes the default theme"))
        }
        if !diagnostics.isEmpty { return .failure(BuildFailure(diagnostics)) }
        return .success(TemplateLibrary(library: library))
    }

    /// Renders `context` with the template `name`.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Names, 1-based lines and columns of `{{> partial}}` and `{{< parent}}` tags.
    static func partialReferences(in text: String) -> [(String, Int, Int)] {
        var result: [(String, Int, Int)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                var tag = rest[open.upperBound...]
                guard let close = tag.range(of: "}}") else { break }
                tag = tag[..<close.lowerBound]
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingSpaces()
                    if !name.isEmpty { result.append((name, lineIndex + 1, column)) }
                }
                rest = rest[close.upperBound...]
            }
        }
        return result
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "closing tag does not match the open section"
        case .unfinishedName: return "unfinished tag: expected '}}'"
        case .expectedSectionEnd: return "section is never closed: expected '{{/name}}'"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside a parent template call"
        case .textInsideInheritSection: return "text is not allowed inside a parent template call"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "invalid configuration tag"
        case nil: return "\(error)"
        }
    }
}
