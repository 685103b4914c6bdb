import GazetteExtraction

/// A file of the built site: its path under `Public/` and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// Renders every page of the site from the model and the templates. Pure: returns files.
struct SiteRenderer {
    let model: SiteModel
    let templates: TemplateLibrary
    private var contexts: PageContexts { PageContexts(model: model) }

    /// All pages, in a stable order: home pages, articles, taxonomies, actors.
    func render() -> [OutputFile] {
        var files = paginated(SitePaths.home, template: "index", title: model.config.title,
                              description: model.config.description, articles: Array(model.articles.indices), extra: [:])
        files += ParallelMap.map(Array(model.articles.indices)) { articlePage($0) }
        for taxonomy in model.taxonomies { files += taxonomyPages(taxonomy) }
        files += actorPages()
        return files
    }

    // MARK: Pages

    private func articlePage(_ index: Int) -> OutputFile {
        let analysed = model.articles[index]
        let body = BodyRenderer.html(analysed, config: model.config)
        let path = SitePaths.article(analysed.article.slug)
        let description = analysed.summary.first ?? model.config.description
        return page(path, template: "article", title: analysed.article.title, description: description,
                    context: ["article": contexts.articlePage(index, body: body)])
    }

    private func taxonomyPages(_ taxonomy: Taxonomy) -> [OutputFile] {
        let terms = taxonomy.terms.map { term -> TemplateContext in
            ["name": term.name, "url": SitePaths.term(taxonomy.name, term.slug), "count": term.articles.count]
        }
        var files = [page(SitePaths.taxonomy(taxonomy.name), template: "taxonomy", title: taxonomy.title,
                          description: "\(taxonomy.title) of \(model.config.title)",
                          context: ["taxonomy": ["name": taxonomy.name, "title": taxonomy.title], "terms": terms,
                                    "hasTerms": !terms.isEmpty])]
        for term in taxonomy.terms {
            let termContext: TemplateContext = ["name": term.name, "count": term.articles.count,
                                                "taxonomy": ["name": taxonomy.name, "title": taxonomy.title,
                                                             "url": SitePaths.taxonomy(taxonomy.name)]]
            files += paginated(SitePaths.term(taxonomy.name, term.slug), template: "term", title: term.name,
                               description: "Articles in \(term.name)", articles: term.articles, extra: ["term": termContext])
        }
        return files
    }

    private func actorPages() -> [OutputFile] {
        let entities = model.entities
        var groups: [TemplateContext] = []
        for kind in ActorKind.allCases {
            let members = entities.actors.indices
                .filter { entities.actors[$0].kind == kind }
                .sorted { a, b in
                    let x = entities.actors[a], y = entities.actors[b]
                    return (y.articles.count, x.name, x.slug) < (x.articles.count, y.name, y.slug)
                }
            let list = members.map { actorSummary($0) }
            groups.append(["kind": kind.rawValue, "title": kind.plural.capitalized, "actors": list, "hasActors": !list.isEmpty])
            // One taxonomy index per kind, so /people/ etc. list their terms like /tags/.
        }
        var files = [page(SitePaths.actors, template: "actors", title: "Actors",
                          description: "People, organizations and places in \(model.config.title)",
                          context: ["groups": groups])]
        for (offset, kind) in ActorKind.allCases.enumerated() {
            let terms = (groups[offset]["actors"] as? [TemplateContext] ?? []).filter { $0["url"] != nil }
            files.append(page(SitePaths.taxonomy(kind.plural), template: "taxonomy", title: kind.plural.capitalized,
                              description: "\(kind.plural.capitalized) in \(model.config.title)",
                              context: ["taxonomy": ["name": kind.plural, "title": kind.plural.capitalized],
                                        "terms": terms, "hasTerms": !terms.isEmpty]))
        }
        let pages = entities.actors.indices.filter { entities.actors[$0].hasPage }
        files += ParallelMap.map(pages) { actorPage($0) }.flatMap { $0 }
        return files
    }

    private func actorSummary(_ index: Int) -> TemplateContext {
        let actor = model.entities.actors[index]
        var context: TemplateContext = ["name": actor.name, "kind": actor.kind.rawValue, "count": actor.articles.count]
        context["hasPage"] = actor.hasPage
        if actor.hasPage { context["url"] = SitePaths.term(actor.kind.plural, actor.slug) }
        return context
    }

    private func actorPage(_ index: Int) -> [OutputFile] {
        let actor = model.entities.actors[index]
        var quotes: [TemplateContext] = []
        var sentences: [TemplateContext] = []
        var coCounts: [Int: Int] = [:]
        for articleIndex in actor.articles {
            let analysed = model.articles[articleIndex]
            let url = SitePaths.article(analysed.article.slug)
            for ref in model.entities.articleActors[articleIndex] {
                if ref.actor == index {
                    let local = ref.local
                    for s in local?.quotes ?? [] where analysed.digest.sentences.indices.contains(s) {
                        quotes.append(["text": analysed.digest.sentences[s].text, "title": analysed.article.title, "url": url])
                    }
                    for s in local?.sentences ?? [] where analysed.digest.sentences.indices.contains(s) {
                        sentences.append(["text": analysed.digest.sentences[s].text, "title": analysed.article.title, "url": url])
                    }
                } else {
                    coCounts[ref.actor, default: 0] += 1
                }
            }
        }
        let coActors = coCounts.sorted { a, b in (b.value, a.key) < (a.value, b.key) }.prefix(10).map { entry -> TemplateContext in
            var context = actorSummary(entry.key)
            context["count"] = entry.value
            return context
        }
        let actorContext: TemplateContext = [
            "name": actor.name, "kind": actor.kind.rawValue, "kindTitle": actor.kind.plural.capitalized,
            "kindURL": SitePaths.taxonomy(actor.kind.plural),
            "roles": actor.roles, "hasRoles": !actor.roles.isEmpty,
            "aliases": actor.aliases, "hasAliases": actor.aliases.count > 1,
            "mentions": actor.mentions, "count": actor.articles.count,
            "quotes": Array(quotes.prefix(20)), "hasQuotes": !quotes.isEmpty,
            "sentences": Array(sentences.prefix(30)), "hasSentences": !sentences.isEmpty,
            "coActors": Array(coActors), "hasCoActors": !coActors.isEmpty,
        ]
        return paginated(SitePaths.term(actor.kind.plural, actor.slug), template: "actor", title: actor.name,
                         description: "\(actor.name): every article that mentions it", articles: actor.articles,
                         extra: ["actor": actorContext])
    }

    // MARK: Shared page machinery

    /// Splits `articles` into pages of `pageSize` cards with previous/next links.
    private func paginated(_ first: String, template: String, title: String, description: String,
                           articles: [Int], extra: TemplateContext) -> [OutputFile] {
        let size = max(1, model.config.pageSize)
        let pageCount = max(1, (articles.count + size - 1) / size)
        return (1...pageCount).map { number in
            let slice = articles.dropFirst((number - 1) * size).prefix(size)
            var context = extra
            context["articles"] = slice.map { contexts.card($0) }
            context["hasArticles"] = !slice.isEmpty
            var pagination: TemplateContext = ["current": number, "total": pageCount, "isPaginated": pageCount > 1]
            if number > 1 { pagination["previous"] = SitePaths.page(first, number - 1) }
            if number < pageCount { pagination["next"] = SitePaths.page(first, number + 1) }
            context["pagination"] = pagination
            let pageTitle = number > 1 ? "\(title) (page \(number))" : title
            return page(SitePaths.page(first, number), template: template, title: pageTitle, description: description, context: context)
        }
    }

    /// Adds the variables every page has (site, root, page, nav) and renders.
    private func page(_ path: String, template: String, title: String, description: String, context: TemplateContext) -> OutputFile {
        var context = context
        let config = model.config
        var site: TemplateContext = ["title": config.title, "description": config.description, "language": config.language]
        if let base = config.baseURL { site["baseURL"] = base }
        if let date = model.buildDate { site["buildDate"] = date.longDescription; site["buildDateISO"] = date.description }
        context["site"] = site
        context["root"] = SitePaths.root(from: path)
        var pageContext: TemplateContext = ["title": title, "description": description, "path": path,
                                            "isHome": path == SitePaths.home]
        if let base = config.baseURL { pageContext["canonicalURL"] = base + (path.hasSuffix("index.html") ? String(path.dropLast(10)) : path) }
        context["page"] = pageContext
        context["sections"] = (model.taxonomies.first { $0.name == "sections" }?.terms ?? []).map {
            ["name": $0.name, "url": SitePaths.term("sections", $0.slug)] as TemplateContext
        }
        return OutputFile(path: path, text: templates.render(template, context))
    }
}
