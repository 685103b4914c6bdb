/// `gazette check`: builds in memory and reports what would break or mislead readers:
/// broken internal links and anchors, template variables no page provides, and names
/// shared by two different actors.
public enum SiteChecker {
    public static func check(_ input: SiteInput) -> [Diagnostic] {
        let result: BuildResult
        switch SiteBuilder.build(input) {
        case .success(let value): result = value
        case .failure(let failure): return failure.diagnostics
        }
        var diagnostics = result.diagnostics
        diagnostics += LinkChecker.check(result.files)
        diagnostics += TemplateVariableChecker.check(templates: input.templates, knownKeys: TemplateVariables.known)
        diagnostics += aliasCollisions(result)
        return diagnostics.sorted()
    }

    /// A warning for every name (normalized) that two different actors use, at the first
    /// article where it occurs.
    static func aliasCollisions(_ result: BuildResult) -> [Diagnostic] {
        let actors = result.entities.actors
        var owners: [String: Set<Int>] = [:]
        for (index, actor) in actors.enumerated() {
            for alias in actor.aliases + [actor.name] {
                owners[EntityResolver.normalize(alias), default: []].insert(index)
            }
        }
        return owners.keys.sorted().compactMap { alias -> Diagnostic? in
            guard let indices = owners[alias], indices.count > 1 else { return nil }
            let involved = indices.sorted().map { actors[$0] }
            let firstArticle = involved.compactMap { $0.articles.first }.min().map { result.articlePaths[$0] } ?? AliasFile.path
            let names = involved.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", ")
            return .warning(firstArticle, "the name '\(alias)' is used by \(indices.count) actors: \(names)",
                            note: "merge them or keep them apart in \(AliasFile.path)")
        }
    }
}
