import GazetteMustache

/// The site's Mustache templates, loaded from `Templates/` at run time so users can
/// restyle the site without recompiling.
///
/// Every page template is checked before anything renders: a missing template, a missing
/// partial or a syntax error stops the build with `Templates/<name>.mustache:LINE:COL`.
public struct TemplateLibrary: Sendable {
    /// Templates every site needs, one per page type.
    public static let pageTemplates = ["index", "article", "taxonomy", "term", "actor", "actors", "archive", "search", "404"]

    let library: MustacheLibrary
    /// Fingerprint of every template's text: part of each page's input fingerprint, so a
    /// template edit re-renders every page and nothing else does.
    let fingerprint: Fingerprint

    /// Parses `sources` (template name → text, names without `.mustache`).
    /// `folder` is how paths are shown in diagnostics ("Templates").
    public static func load(_ sources: [String: String], folder: String = "Templates") -> Result<TemplateLibrary, BuildFailure> {
        var diagnostics: [Diagnostic] = []
        var library: MustacheLibrary?
        do {
            library = try MustacheLibrary(sources)
        } catch {
            for (name, syntax) in error.errors.sorted(by: { $0.key < $1.key }) {
                diagnostics.append(.error("\(folder)/\(name).mustache", line: syntax.line, column: syntax.column, syntax.message))
            }
        }
        for name in sources.keys.sorted() {
            for (partial, line, column) in partialReferences(in: sources[name] ?? "") where sources[partial] == nil {
                diagnostics.append(.error("\(folder)/\(name).mustache", line: line, column: column,
                                          "template '\(partial)' is used here but \(folder)/\(partial).mustache does not exist"))
            }
        }
        for name in pageTemplates where sources[name] == nil {
            diagnostics.append(.error("\(folder)/\(name).mustache", "missing template",
                                      note: "every site needs \(pageTemplates.map { $0 + ".mustache" }.joined(separator: ", ")); `gazette new` writes the default theme"))
        }
        guard diagnostics.isEmpty, let library else { return .failure(BuildFailure(diagnostics)) }
        var hasher = FingerprintHasher()
        for name in sources.keys.sorted() {
            hasher.add(name)
            hasher.add(sources[name] ?? "")
        }
        return .success(TemplateLibrary(library: library, fingerprint: hasher.finish()))
    }

    /// Whether the theme has the template `name`: a page a theme may leave out (`graph`) is made
    /// only when it does.
    public func contains(_ name: String) -> Bool { library.contains(name) }

    /// Renders `context` with the template `name`, as UTF-8 bytes.
    public func render(_ name: String, _ context: TemplateContext) -> [UInt8] {
        library.render(name, .object(TemplateObject(context)))
    }

    /// What page `template` over `context` is made from: templates and values.
    func fingerprint(_ template: String, _ context: TemplateContext) -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add(fingerprint)
        hasher.add(template)
        hasher.add(TemplateValue.object(TemplateObject(context)).fingerprint)
        return hasher.finish()
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
}
