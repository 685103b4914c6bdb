import GazetteExtraction
import GazetteMustache

/// The page of one edited article, made at once from the last build, so `gazette serve`
/// can show an edit while the full rebuild (lists, actor pages, feeds) runs.
///
/// The article is parsed and analysed anew and keeps its address; its actors are matched
/// to the last build's by kind and name (alias file rules and surname merges wait for the
/// rebuild), and its related articles are the last build's. The rebuild then replaces the
/// page with the exact one.
public struct ArticlePreview: Sendable {
    private let build: BuildResult
    /// The last build's actors by kind and normalized name.
    private let actorsByName: [String: Int]

    /// Prepares previews against `build` (once per build, so a preview costs only its page).
    public init(after build: BuildResult) {
        self.build = build
        var names: [String: Int] = [:]
        for (position, actor) in (build.model?.entities.actors ?? []).enumerated() {
            names[Self.key(actor.kind, actor.name)] = position
        }
        actorsByName = names
    }

    private static func key(_ kind: ActorKind, _ name: String) -> String { kind.rawValue + " " + EntityResolver.normalize(name) }

    /// The article page of `file` (a content file of the last build), or nil when the file
    /// is not one of its articles or no longer parses.
    public func render(_ file: SourceFile) -> OutputFile? {
        guard let model = build.model, let templates = build.templates,
              let index = model.articles.firstIndex(where: { $0.article.path == file.path }),
              var article = ArticleParser.parse(file).article else { return nil }
        article.slug = model.articles[index].article.slug
        let analysed = AnalysedArticle.analyse(article, config: model.config, source: Fingerprint(file.bytes))
        var refs: [ActorRef] = []
        for actor in analysed.digest.actors {
            guard let position = actorsByName[Self.key(actor.kind, actor.name)], !refs.contains(where: { $0.actor == position }) else { continue }
            refs.append(ActorRef(actor: position, local: actor))
        }
        var edited = model
        edited.articles[index] = analysed
        edited.entities.articleActors[index] = refs
        let sink = CollectingSink()
        SiteRenderer(model: edited, templates: templates, sink: sink, keyed: false).renderArticlePage(index)
        return sink.files.first
    }
}
