import GazetteMustache

/// Fingerprints of what each page is made from, computed from the model alone, so that
/// a rebuild can tell an unchanged page without building its template context.
///
/// The ground truth is `AnalysedArticle.source` (an article's bytes, path and settings
/// determine the article and its digest). An article's *view* adds what resolution across
/// the site decides for it: its slug and, for each actor it names, the actor's name, kind,
/// slug and whether it has a page. A card, an article page or a list page reads nothing
/// else of an article, and an actor page nothing else of the articles it lists, so the
/// keys below cover every value those pages' contexts hold. `chrome` covers what every
/// page shows: templates, settings and the section navigation. The incremental-build
/// tests check the result against clean builds.
struct PageKeys: Sendable {
    let chrome: Fingerprint
    /// One per article, in model order.
    let views: [Fingerprint]
    /// One per actor: its own fields and the views of all its articles (its first page).
    let actors: [Fingerprint]
    /// One per actor: what its later pages show of it (name, kind, slug, article count).
    let actorNames: [Fingerprint]

    init(model: SiteModel, templates: TemplateLibrary) {
        var hasher = FingerprintHasher()
        hasher.add(templates.fingerprint)
        hasher.add(model.settings)
        for term in model.taxonomies.first(where: { $0.name == "sections" })?.terms ?? [] {
            hasher.add(term.name)
            hasher.add(term.slug)
        }
        chrome = hasher.finish()
        let entities = model.entities
        views = ParallelMap.map(Array(model.articles.indices)) { index in
            var hasher = FingerprintHasher()
            hasher.add(model.articles[index].source)
            hasher.add(model.articles[index].article.slug)
            for ref in entities.articleActors[index] {
                let actor = entities.actors[ref.actor]
                hasher.add(actor.name)
                hasher.add(actor.slug)
                hasher.add(actor.kind.rawValue)
                hasher.add(actor.hasPage ? 1 : 0)
                hasher.add(ref.local?.name ?? "-")
                hasher.add(ref.local?.kind.rawValue ?? "-")
            }
            return hasher.finish()
        }
        let views = views
        actorNames = entities.actors.map { actor in
            var hasher = FingerprintHasher()
            for text in [actor.name, actor.slug, actor.kind.rawValue] { hasher.add(text) }
            hasher.add(UInt64(actor.articles.count))
            return hasher.finish()
        }
        actors = ParallelMap.map(entities.actors) { actor in
            var hasher = FingerprintHasher()
            for text in [actor.name, actor.slug, actor.kind.rawValue] + actor.roles + ["|"] + actor.aliases { hasher.add(text) }
            hasher.add(UInt64(actor.mentions))
            hasher.add(actor.hasPage ? 1 : 0)
            hasher.add(UInt64(actor.articles.count))
            for index in actor.articles { hasher.add(views[index]) }
            return hasher.finish()
        }
    }

    /// The views of `articles`, in order.
    func views(_ articles: some Sequence<Int>) -> Fingerprint {
        var hasher = FingerprintHasher()
        for index in articles { hasher.add(views[index]) }
        return hasher.finish()
    }
}
