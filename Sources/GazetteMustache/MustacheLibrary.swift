/// A set of named Mustache templates, parsed once, that can render one another as
/// partials and parents. Immutable and `Sendable`: pages render from it in parallel.
public struct MustacheLibrary: Sendable {
    let templates: [String: [MustacheNode]]

    /// Parses every template; the errors, by template name, when any fails.
    public init(_ sources: [String: String]) throws(MustacheLibraryError) {
        var templates: [String: [MustacheNode]] = [:]
        var errors: [String: MustacheSyntaxError] = [:]
        for (name, text) in sources {
            do { templates[name] = try MustacheParser.parse(text) } catch { errors[name] = error }
        }
        if !errors.isEmpty { throw MustacheLibraryError(errors: errors) }
        self.templates = templates
    }

    /// Renders template `name` over `context`; empty when there is no such template.
    /// Whether a template of that name was given.
    public func contains(_ name: String) -> Bool { templates[name] != nil }

    public func render(_ name: String, _ context: TemplateValue) -> [UInt8] {
        guard let nodes = templates[name] else { return [] }
        var renderer = MustacheRenderer(templates: templates, context: context)
        renderer.render(nodes)
        return renderer.output
    }
}

/// The syntax errors of a library's templates, by template name.
public struct MustacheLibraryError: Error, Sendable {
    public var errors: [String: MustacheSyntaxError]
}
