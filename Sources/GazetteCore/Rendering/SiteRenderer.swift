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
///
/// Unchecked `Sendable` because the cached cards are `[String: Any]`: they are built once in
/// `init` and only read afterwards, by the parallel page renderers.
struct SiteRenderer: @unchecked Sendable {
    let model: SiteModel
    let templates: TemplateLibrary
    /// When set, learns every variable the pages provide (see `ContextKeyRecorder`).
    let recorder: ContextKeyRecorder?
    private let contexts: PageContexts
    /// Every article's card, made once: an article appears on many list pages (home,
    /// section, tag, archive, each of its actors) and its card is the same on all of them.
    private let cards: [TemplateContext]

    init(model: SiteModel, templates: TemplateLibrary, recorder: ContextKeyRecorder? = nil) {
        self.model = model
        self.templates = templates
        self.recorder = recorder
        contexts = PageContexts(model: model)
        cards = model.articles.indices.map { [contexts] in contexts.card($0) }
    }

    /// All pages, in a stable order: home pages, articles, taxonomies, actors.
    func render() -> [OutputFile] {
        var files = paginated(SitePaths.home, template: "index", title: model.config.title,
                              description: model.config.description, articles: Array(model.articles.indices), extra: [:])
        files += ParallelMap.map(Array(model.articles.indices)) { articlePage($0) }
        for taxonomy in model.taxonomies { files += taxonomyPages(taxonomy) }
        files += actorPages()
        files += archivePages()
        files.append(searchPage())
        files.append(notFoundPage())
        return files
    }

    /// Atom and JSON feeds: the site's, one per section and one per actor with a page.
    func feeds() -> [OutputFile] {
        let writer = FeedWriter(model: model)
        var files = writer.feeds(folder: "", title: model.config.title, articles: Array(model.articles.indices))
        for term in model.taxonomies.first(where: { $0.name == "sections" })?.terms ?? [] {
            files += writer.feeds(folder: "sections/\(term.slug)/", title: "\(model.config.title): \(term.name)", articles: term.articles)
        }
        for actor in model.entities.actors where actor.hasPage {
            files += writer.feeds(folder: "\(actor.kind.plural)/\(actor.slug)/", title: "\(model.config.title): \(actor.name)",
                                  articles: actor.articles)
        }
        return files
    }

    // MARK: Pages

    private func articlePage(_ index: Int) -> OutputFile {
        let analysed = model.articles[index]
        let path = SitePaths.article(analysed.article.slug)
        let root = SitePaths.root(from: path)
        var body = BodyAnnotator(html: BodyRenderer.html(analysed, config: model.config))
        // Plain-text bodies anchor every sentence; in Markdown, anchor each key figure where it occurs.
        var anchors = Set<Int>()
        if case .plainText = analysed.article.body {
            anchors = Set(analysed.digest.sentences.map(\.index))
        } else {
            for figure in analysed.digest.keyFigures where !anchors.contains(figure.sentence) {
                let open = "<span class=\"sentence\" id=\"s-\(figure.sentence)\">"
                if body.wrapFirst(of: [figure.text], open: open, close: "</span>", isLink: false) { anchors.insert(figure.sentence) }
            }
        }
        for ref in model.entities.articleActors[index] {
            let actor = model.entities.actors[ref.actor]
            guard actor.hasPage else { continue }
            body.linkFirstMention(of: (ref.local?.aliases ?? []) + [actor.name], href: root + SitePaths.term(actor.kind.plural, actor.slug))
        }
        let description = analysed.summary.first ?? model.config.description
        return page(path, template: "article", title: analysed.article.title, description: description,
                    context: ["article": contexts.articlePage(index, body: body.html, anchors: anchors)])
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
        var figures: [TemplateContext] = []
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
                    let mentioned = Set(local?.sentences ?? [])
                    for figure in analysed.digest.figures
                    where mentioned.contains(figure.sentence) && analysed.digest.sentences.indices.contains(figure.sentence) {
                        figures.append(["text": figure.text, "display": PageContexts.display(figure), "label": PageContexts.label(figure),
                                        "title": analysed.article.title,
                                        "sentence": analysed.digest.sentences[figure.sentence].text, "url": url])
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
            "figures": Array(figures.prefix(12)), "hasFigures": !figures.isEmpty,
        ]
        return paginated(SitePaths.term(actor.kind.plural, actor.slug), template: "actor", title: actor.name,
                         description: "Articles that mention \(actor.name), with roles, quotes and the actors around them",
                         articles: actor.articles,
                         extra: ["actor": actorContext])
    }

    /// `archive/` lists years and months; `archive/YYYY/` and `archive/YYYY/MM/` list their articles.
    private func archivePages() -> [OutputFile] {
        var years: [Int: [Int]] = [:]
        var months: [Int: [Int: [Int]]] = [:]
        for (index, analysed) in model.articles.enumerated() {
            guard let date = analysed.article.date else { continue }
            years[date.year, default: []].append(index)
            months[date.year, default: [:]][date.month, default: []].append(index)
        }
        let archive: TemplateContext = ["name": "archive", "title": "Archive", "url": "archive/index.html"]
        var files: [OutputFile] = []
        var yearContexts: [TemplateContext] = []
        for year in years.keys.sorted(by: >) {
            let yearFolder = "archive/\(year)/index.html"
            var monthContexts: [TemplateContext] = []
            for month in (months[year] ?? [:]).keys.sorted(by: >) {
                let list = months[year]?[month] ?? []
                let name = "\(ArticleDate.monthNames[month - 1]) \(year)"
                let path = "archive/\(year)/\(month < 10 ? "0" : "")\(month)/index.html"
                monthContexts.append(["name": name, "url": path, "count": list.count])
                files += paginated(path, template: "term", title: name, description: "Articles of \(name)", articles: list,
                                   extra: ["term": ["name": name, "count": list.count, "taxonomy": archive] as TemplateContext])
            }
            let list = years[year] ?? []
            yearContexts.append(["name": String(year), "url": yearFolder, "count": list.count, "months": monthContexts])
            files += paginated(yearFolder, template: "term", title: String(year), description: "Articles of \(year)", articles: list,
                               extra: ["term": ["name": String(year), "count": list.count, "taxonomy": archive] as TemplateContext])
        }
        files.append(page("archive/index.html", template: "archive", title: "Archive",
                          description: "Every article of \(model.config.title) by date",
                          context: ["years": yearContexts, "hasYears": !yearContexts.isEmpty]))
        return files
    }

    /// The search page: a plain list of every article, which `assets/search.js` filters
    /// with the index in `search-index.js` when JavaScript runs.
    private func searchPage() -> OutputFile {
        let entries = model.articles.indices.map { index -> TemplateContext in
            let article = model.articles[index].article
            var entry: TemplateContext = ["title": article.title, "url": SitePaths.article(article.slug)]
            if let date = article.date { entry["date"] = date.longDescription; entry["dateISO"] = date.description }
            return entry
        }
        return page("search/index.html", template: "search", title: "Search",
                    description: "Search the articles, people, organizations and places of \(model.config.title)",
                    context: ["entries": entries])
    }

    /// Served for any missing path, so its links cannot be relative: they start at the
    /// base URL when there is one, otherwise at the server root.
    private func notFoundPage() -> OutputFile {
        var context = baseContext(path: "404.html", title: "Page not found", description: "This page does not exist.")
        context["root"] = model.config.baseURL ?? "/"
        recorder?.record(context)
        return OutputFile(path: "404.html", text: templates.render("404", context))
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
            context["articles"] = slice.map { cards[$0] }
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
        for (key, value) in baseContext(path: path, title: title, description: description) { context[key] = value }
        recorder?.record(context)
        return OutputFile(path: path, text: templates.render(template, context))
    }

    /// The variables every page has: site, root, page, sections.
    private func baseContext(path: String, title: String, description: String) -> TemplateContext {
        var context: TemplateContext = [:]
        let config = model.config
        var site: TemplateContext = ["title": config.title, "description": config.description, "language": config.language]
        if let base = config.baseURL { site["baseURL"] = base }
        if let date = model.buildDate { site["buildDate"] = date.longDescription; site["buildDateISO"] = date.description }
        context["site"] = site
        context["root"] = SitePaths.root(from: path)
        var pageContext: TemplateContext = ["title": title, "description": description, "path": path,
                                            "isHome": path == SitePaths.home]
        if let base = config.baseURL { pageContext["canonicalURL"] = base + (path.hasSuffix("index.html") ? String(path.dropLast(10)) : path) }
        context["sections"] = (model.taxonomies.first { $0.name == "sections" }?.terms ?? []).map {
            ["name": $0.name, "url": SitePaths.term("sections", $0.slug)] as TemplateContext
        }
        let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : ""
        if path == SitePaths.home || hasFeed(folder) { pageContext["feedURL"] = folder + "feed.xml" }
        context["page"] = pageContext
        return context
    }

    /// Sections and actors with a page have their own feeds (see `feeds()`).
    private func hasFeed(_ folder: String) -> Bool {
        let parts = folder.split(separator: "/")
        guard parts.count == 2 else { return false }
        return ["sections", "people", "organizations", "places"].contains(String(parts[0]))
    }
}
