import Foundation
import GazetteExtraction
import GazetteMustache

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

/// Renders every page of the site from the model and the templates into a sink.
///
/// Each page is first given a key (`PageKeys`, or its full context for the few pages
/// that list the whole site); a page whose key the sink already has is neither built nor
/// rendered, so a rebuild costs in proportion to what changed.
struct SiteRenderer: Sendable {
    let model: SiteModel
    let templates: TemplateLibrary
    /// Where pages go as they are rendered.
    let sink: OutputSink
    /// When set, learns every variable the pages provide (see `ContextKeyRecorder`).
    let recorder: ContextKeyRecorder?
    private let contexts: PageContexts
    /// Every article's card, made on first use and then shared: an article appears on many
    /// list pages (home, section, tag, archive, each of its actors) with the same card, so
    /// each card object keeps the partial it renders through (see `MustacheRenderer`).
    private let cards: CardStore
    /// Nil when every page is to be rendered whatever the sink has (a preview).
    private let keys: PageKeys?
    /// Each actor's articles and each article's figures by sentence, for the actor pages.
    private let occurrences: ActorOccurrences
    /// The charts: timelines, the web of actors, figures over time, in the news, the archive.
    private let charts: ChartContexts

    /// `site` and `sections`, the same on every page.
    private let siteContext: TemplateValue
    private let sectionsContext: TemplateValue

    init(model: SiteModel, templates: TemplateLibrary, sink: OutputSink, recorder: ContextKeyRecorder? = nil, keyed: Bool = true) {
        self.model = model
        self.sink = sink
        let config = model.config
        var site: TemplateContext = ["title": .string(config.title), "description": .string(config.description),
                                     "language": .string(config.language)]
        if let base = config.baseURL { site["baseURL"] = .string(base) }
        if let date = model.buildDate { site["buildDate"] = .string(date.longDescription); site["buildDateISO"] = .string(date.description) }
        siteContext = .object(TemplateObject(site))
        sectionsContext = .list((model.taxonomies.first { $0.name == "sections" }?.terms ?? []).map {
            ["name": .string($0.name), "url": .string(SitePaths.term("sections", $0.slug))]
        })
        self.templates = templates
        self.recorder = recorder
        contexts = PageContexts(model: model)
        cards = CardStore(contexts: contexts)
        keys = keyed ? PageKeys(model: model, templates: templates) : nil
        occurrences = ActorOccurrences(model: model)
        charts = ChartContexts(model: model)
    }

    /// Renders every page into `sink` as it is made (articles and actor pages in
    /// parallel) and returns the pages' paths, for the sitemap. A page whose template and
    /// values are those the sink already has is not rendered again.
    func render() -> [String] {
        var paths = paginated(SitePaths.home, template: "index", title: model.config.title, description: model.config.description,
                              articles: Array(model.articles.indices), extra: charts.inTheNews(Array(model.articles.indices)))
        paths += ParallelMap.map(Array(model.articles.indices)) { articlePage($0) }
        for taxonomy in model.taxonomies { paths += taxonomyPages(taxonomy) }
        paths += actorIndexPages()
        let actorsWithPages = model.entities.actors.indices.filter { model.entities.actors[$0].hasPage }
        paths += ParallelMap.map(actorsWithPages) { actorPage($0) }.flatMap { $0 }
        paths += archivePages()
        if templates.contains("graph") { paths.append(graphPage()) }
        paths += [searchPage(), notFoundPage()]
        return paths
    }

    /// Feeds: Atom and JSON Feed for the site and each section; Atom alone for each actor
    /// with a page (thousands of them: a second format there doubled the files written for
    /// readers who all take Atom).
    func feeds() -> Int {
        let writer = FeedWriter(model: model)
        var files = writer.feeds(folder: "", title: model.config.title, articles: Array(model.articles.indices))
        for term in model.taxonomies.first(where: { $0.name == "sections" })?.terms ?? [] {
            files += writer.feeds(folder: "sections/\(term.slug)/", title: "\(model.config.title): \(term.name)", articles: term.articles)
        }
        for file in files { sink.write(file) }
        let actors = model.entities.actors.filter(\.hasPage)
        let actorFeeds = ParallelMap.map(actors) { actor in
            let folder = "\(actor.kind.plural)/\(actor.slug)/", title = "\(model.config.title): \(actor.name)"
            let input = writer.fingerprint(folder: folder, title: title, articles: actor.articles)
            if sink.reuse(folder + "feed.xml", input: input) { return 1 }
            let feeds = writer.feeds(folder: folder, title: title, articles: actor.articles, json: false)
            for file in feeds { sink.write(file, input: input) }
            return feeds.count
        }
        return files.count + actorFeeds.reduce(0, +)
    }

    // MARK: Pages

    /// Renders one article's page (for `ArticlePreview`).
    func renderArticlePage(_ index: Int) { _ = articlePage(index) }

    private func articlePage(_ index: Int) -> String {
        let analysed = model.articles[index]
        let path = SitePaths.article(analysed.article.slug)
        let root = SitePaths.root(from: path)
        var links: [(names: [String], href: String)] = []
        for ref in model.entities.articleActors[index] {
            let actor = model.entities.actors[ref.actor]
            guard actor.hasPage else { continue }
            links.append(((ref.local?.aliases ?? []) + [actor.name], root + SitePaths.term(actor.kind.plural, actor.slug)))
        }
        var key: Fingerprint?
        if let keys {
            var hasher = FingerprintHasher()
            hasher.add(keys.views[index])
            for item in model.related[index] {
                hasher.add(keys.views[item.article])
                for name in item.shared.prefix(4) { hasher.add(name) }
            }
            key = hasher.finish()
        }
        let description = analysed.summary.first ?? model.config.description
        return page(path, template: "article", title: analysed.article.title, description: description, key: key) {
            // Plain-text bodies anchor every sentence; in Markdown, anchor each key figure where it occurs.
            var requests: [BodyAnnotator.Request] = []
            var figureSentences: [Int] = []
            if case .plainText = analysed.article.body {} else {
                var seen = Set<Int>()
                for figure in analysed.digest.keyFigures where seen.insert(figure.sentence).inserted {
                    requests.append(.init(phrases: [figure.text], open: "<span class=\"sentence\" id=\"s-\(figure.sentence)\">",
                                          close: "</span>", isLink: false))
                    figureSentences.append(figure.sentence)
                }
            }
            requests += links.map { BodyAnnotator.Request.link($0.names, href: $0.href) }
            let (body, found) = BodyAnnotator.annotate(BodyRenderer.html(analysed, config: model.config), requests)
            var anchors = Set<Int>()
            if case .plainText = analysed.article.body {
                anchors = Set(analysed.digest.sentences.map(\.index))
            } else {
                for (position, sentence) in figureSentences.enumerated() where found[position] { anchors.insert(sentence) }
            }
            return ["article": .object(TemplateObject(contexts.articlePage(index, card: cards[index].objectFields ?? [:], body: body,
                                                                          anchors: anchors, related: relatedCards(index))))]
        }
    }

    /// Cards of the related articles, each with the reason it is related.
    private func relatedCards(_ index: Int) -> [TemplateValue] {
        model.related[index].map { item in
            var entry = cards[item.article].objectFields ?? [:]
            entry["reason"] = .string("shares " + item.shared.prefix(4).joined(separator: ", "))
            return .object(TemplateObject(entry))
        }
    }

    private func taxonomyPages(_ taxonomy: Taxonomy) -> [String] {
        let terms = taxonomy.terms.map { term -> TemplateValue in
            ["name": .string(term.name), "url": .string(SitePaths.term(taxonomy.name, term.slug)), "count": .int(term.articles.count)]
        }
        var files = [page(SitePaths.taxonomy(taxonomy.name), template: "taxonomy", title: taxonomy.title,
                          description: "\(taxonomy.title) of \(model.config.title)",
                          context: ["taxonomy": ["name": .string(taxonomy.name), "title": .string(taxonomy.title)], "terms": .list(terms),
                                    "hasTerms": .bool(!terms.isEmpty)])]
        let taxonomyContext: TemplateValue = ["name": .string(taxonomy.name), "title": .string(taxonomy.title),
                                              "url": .string(SitePaths.taxonomy(taxonomy.name))]
        for term in taxonomy.terms {
            let termContext: TemplateValue = ["name": .string(term.name), "count": .int(term.articles.count), "taxonomy": taxonomyContext]
            let first = SitePaths.term(taxonomy.name, term.slug)
            guard taxonomy.name == "sections" else {
                files += paginated(first, template: "term", title: term.name, description: "Articles in \(term.name)",
                                   articles: term.articles, extra: ["term": termContext])
                continue
            }
            // A section page also has "in the news" and its figures over time, whose links start at each page's root.
            var base: TemplateContext = ["term": termContext]
            base.merge(charts.inTheNews(term.articles)) { _, chart in chart }
            func extra(root: String) -> TemplateContext {
                var extra = base
                extra.merge(charts.sectionFigures(term.articles, name: term.name, root: root)) { _, chart in chart }
                return extra
            }
            let key = TemplateValue.object(TemplateObject(extra(root: SitePaths.root(from: first)))).fingerprint
            files += paginated(first, template: "term", title: term.name, description: "Articles in \(term.name)",
                               articles: term.articles, key: { _ in key }) { number in
                extra(root: SitePaths.root(from: SitePaths.page(first, number)))
            }
        }
        return files
    }

    /// `actors/` and the list of each kind (`people/` ...).
    private func actorIndexPages() -> [String] {
        let entities = model.entities
        var groups: [TemplateValue] = []
        var kindTerms: [[TemplateValue]] = []
        for kind in ActorKind.allCases {
            let members = entities.actors.indices
                .filter { entities.actors[$0].kind == kind }
                .sorted { a, b in
                    let x = entities.actors[a], y = entities.actors[b]
                    return (y.articles.count, x.name, x.slug) < (x.articles.count, y.name, y.slug)
                }
            let list = members.map { actorSummary($0) }
            groups.append(["kind": .string(kind.rawValue), "title": .string(kind.plural.capitalized), "actors": .list(list),
                           "hasActors": .bool(!list.isEmpty)])
            // One taxonomy index per kind, so /people/ etc. list their terms like /tags/.
            kindTerms.append(zip(members, list).filter { entities.actors[$0.0].hasPage }.map(\.1))
        }
        var files = [page(SitePaths.actors, template: "actors", title: "Actors",
                          description: "People, organizations and places in \(model.config.title)",
                          context: ["groups": .list(groups)])]
        for (offset, kind) in ActorKind.allCases.enumerated() {
            let terms = kindTerms[offset]
            files.append(page(SitePaths.taxonomy(kind.plural), template: "taxonomy", title: kind.plural.capitalized,
                              description: "\(kind.plural.capitalized) in \(model.config.title)",
                              context: ["taxonomy": ["name": .string(kind.plural), "title": .string(kind.plural.capitalized)],
                                        "terms": .list(terms), "hasTerms": .bool(!terms.isEmpty)]))
        }
        return files
    }

    private func actorSummary(_ index: Int, count: Int? = nil) -> TemplateValue {
        let actor = model.entities.actors[index]
        var context: TemplateContext = ["name": .string(actor.name), "kind": .string(actor.kind.rawValue),
                                        "count": .int(count ?? actor.articles.count)]
        context["hasPage"] = .bool(actor.hasPage)
        if actor.hasPage { context["url"] = .string(SitePaths.term(actor.kind.plural, actor.slug)) }
        return .object(TemplateObject(context))
    }

    private func actorPage(_ index: Int) -> [String] {
        let actor = model.entities.actors[index]
        let root = SitePaths.root(from: SitePaths.term(actor.kind.plural, actor.slug))
        return paginated(SitePaths.term(actor.kind.plural, actor.slug), template: "actor", title: actor.name,
                         description: "Articles that mention \(actor.name), with roles, quotes and the actors around them",
                         articles: actor.articles, key: { number in
                             (number == 1 ? keys?.actors[index] : keys?.actorNames[index]) ?? Fingerprint(high: 0, low: 0)
                         }) { number in ["actor": number == 1 ? actorContext(index, root: root) : actorName(index)] }
    }

    /// The `actor` variable of an actor's later pages: what names it and its article count.
    /// Its digest (roles, quotes, co-actors, figures, mentions) is on the first page only,
    /// so an edit that changes the digest rewrites one page, not all of them.
    private func actorName(_ index: Int) -> TemplateValue {
        let actor = model.entities.actors[index]
        return ["name": .string(actor.name), "kind": .string(actor.kind.rawValue), "kindTitle": .string(actor.kind.plural.capitalized),
                "kindURL": .string(SitePaths.taxonomy(actor.kind.plural)), "count": .int(actor.articles.count)]
    }

    /// The `actor` variable of an actor's pages: its names, roles, quotes, mentions,
    /// figures and co-actors, gathered from all its articles.
    private func actorContext(_ index: Int, root: String) -> TemplateValue {
        let actor = model.entities.actors[index]
        var quotes: [TemplateValue] = []
        var sentences: [TemplateValue] = []
        var figures: [TemplateValue] = []
        var datedFigures: [ChartContexts.DatedFigure] = []
        var coCounts: [Int: Int] = [:]
        for occurrence in occurrences.occurrences[index] {
            let analysed = model.articles[occurrence.article]
            let url = SitePaths.article(analysed.article.slug)
            let refs = model.entities.articleActors[occurrence.article]
            let local = refs[occurrence.ref].local
            let digest = analysed.digest
            // The page shows the first 20 quotes, 30 sentences and 12 figures: make no more.
            for s in local?.quotes ?? [] where quotes.count < 20 && digest.sentences.indices.contains(s) {
                quotes.append(["text": .string(digest.sentences[s].text), "title": .string(analysed.article.title), "url": .string(url)])
            }
            for s in local?.sentences ?? [] where sentences.count < 30 && digest.sentences.indices.contains(s) {
                sentences.append(["text": .string(digest.sentences[s].text), "title": .string(analysed.article.title), "url": .string(url)])
            }
            // The figures of the sentences that mention the actor: the first 12 listed, all of them charted.
            let figuresBySentence = occurrences.figuresBySentence[occurrence.article]
            for s in Set(local?.sentences ?? []).sorted() where digest.sentences.indices.contains(s) {
                for position in figuresBySentence[s] ?? [] {
                    let figure = digest.figures[position]
                    if let date = analysed.article.date {
                        datedFigures.append(ChartContexts.DatedFigure(date: date, figure: figure, article: occurrence.article))
                    }
                    guard figures.count < 12 else { continue }
                    figures.append(["text": .string(figure.text), "display": .string(PageContexts.display(figure)),
                                    "label": .string(PageContexts.label(figure)), "title": .string(analysed.article.title),
                                    "sentence": .string(digest.sentences[s].text), "url": .string(url)])
                }
            }
            for position in refs.indices.prefix(ActorOccurrences.coActorLimit) where position != occurrence.ref {
                coCounts[refs[position].actor, default: 0] += 1
            }
        }
        let topCoActors = coCounts.sorted { a, b in (b.value, a.key) < (a.value, b.key) }.prefix(10).map { (actor: $0.key, count: $0.value) }
        let coActors = topCoActors.map { actorSummary($0.actor, count: $0.count) }
        var context: TemplateContext = [
            "name": .string(actor.name), "kind": .string(actor.kind.rawValue), "kindTitle": .string(actor.kind.plural.capitalized),
            "kindURL": .string(SitePaths.taxonomy(actor.kind.plural)),
            "roles": .strings(actor.roles), "hasRoles": .bool(!actor.roles.isEmpty),
            "aliases": .strings(actor.aliases), "hasAliases": .bool(actor.aliases.count > 1),
            "mentions": .int(actor.mentions), "hasMentions": .bool(actor.mentions > 0), "count": .int(actor.articles.count),
            "quotes": .list(quotes), "hasQuotes": .bool(!quotes.isEmpty),
            "sentences": .list(sentences), "hasSentences": .bool(!sentences.isEmpty),
            "coActors": .list(Array(coActors)), "hasCoActors": .bool(!coActors.isEmpty),
            "figures": .list(figures), "hasFigures": .bool(!figures.isEmpty),
        ]
        for chart in [charts.actorTimeline(index, root: root), charts.actorWeb(index, coActors: topCoActors, root: root),
                      charts.actorFigures(index, datedFigures, root: root)] {
            context.merge(chart) { _, value in value }
        }
        return .object(TemplateObject(context))
    }

    /// `archive/` lists years and months; `archive/YYYY/` and `archive/YYYY/MM/` list their articles.
    private func archivePages() -> [String] {
        var years: [Int: [Int]] = [:]
        var months: [Int: [Int: [Int]]] = [:]
        for (index, analysed) in model.articles.enumerated() {
            guard let date = analysed.article.date else { continue }
            years[date.year, default: []].append(index)
            months[date.year, default: [:]][date.month, default: []].append(index)
        }
        let archive: TemplateValue = ["name": "archive", "title": "Archive", "url": "archive/index.html"]
        var files: [String] = []
        var yearContexts: [TemplateValue] = []
        for year in years.keys.sorted(by: >) {
            let yearFolder = SitePaths.archive(year)
            let counts = (months[year] ?? [:]).mapValues(\.count)
            /// A year's or a month's pages, with the chart of the year's months (links from each page's own root).
            func periodPages(_ path: String, name: String, articles list: [Int], current: Int?) -> [String] {
                let term: TemplateValue = ["name": .string(name), "count": .int(list.count), "taxonomy": archive]
                let key = TemplateValue.list([term, .string(counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ")),
                                              .int(current ?? 0)]).fingerprint
                return paginated(path, template: "term", title: name, description: "Articles of \(name)", articles: list, key: { _ in key }) { number in
                    var context = term.objectFields ?? [:]
                    context["chartSVG"] = .string(charts.archiveYear(year, counts: counts, current: current,
                                                                     root: SitePaths.root(from: SitePaths.page(path, number))))
                    return ["term": .object(TemplateObject(context))]
                }
            }
            var monthContexts: [TemplateValue] = []
            for month in (months[year] ?? [:]).keys.sorted(by: >) {
                let list = months[year]?[month] ?? []
                let name = "\(ArticleDate.monthNames[month - 1]) \(year)"
                let path = SitePaths.archive(year, month: month)
                monthContexts.append(["name": .string(name), "url": .string(path), "count": .int(list.count)])
                files += periodPages(path, name: name, articles: list, current: month)
            }
            let list = years[year] ?? []
            yearContexts.append(["name": .string(String(year)), "url": .string(yearFolder), "count": .int(list.count),
                                 "months": .list(monthContexts), "chartSVG": .string(charts.archiveYear(year, counts: counts, root: "../"))])
            files += periodPages(yearFolder, name: String(year), articles: list, current: nil)
        }
        files.append(page("archive/index.html", template: "archive", title: "Archive",
                          description: "Every article of \(model.config.title) by date",
                          context: ["years": .list(yearContexts), "hasYears": .bool(!yearContexts.isEmpty)]))
        return files
    }

    /// `actors/graph/`: the site's strongest links between actors (`ChartContexts.siteGraph`).
    private func graphPage() -> String {
        let path = SitePaths.actorGraph
        return page(path, template: "graph", title: "The web of actors",
                    description: "The actors of \(model.config.title) and the articles they share",
                    context: charts.siteGraph(root: SitePaths.root(from: path)))
    }

    /// The search page: a plain list of every article, which `assets/search.js` filters
    /// with the index in `search-index.js` when JavaScript runs.
    private func searchPage() -> String {
        let entries = model.articles.indices.map { index -> TemplateValue in
            let article = model.articles[index].article
            var entry: TemplateContext = ["title": .string(article.title), "url": .string(SitePaths.article(article.slug))]
            if let date = article.date { entry["date"] = .string(date.longDescription); entry["dateISO"] = .string(date.description) }
            return .object(TemplateObject(entry))
        }
        return page("search/index.html", template: "search", title: "Search",
                    description: "Search the articles, people, organizations and places of \(model.config.title)",
                    context: ["entries": .list(entries)])
    }

    /// Served for any missing path, so its links cannot be relative: they start at the
    /// base URL when there is one, otherwise at the server root.
    private func notFoundPage() -> String {
        var context = baseContext(path: "404.html", title: "Page not found", description: "This page does not exist.")
        context["root"] = .string(model.config.baseURL ?? "/")
        return writeUnlessKept("404.html", template: "404", context)
    }

    // MARK: Shared page machinery

    /// Splits `articles` into pages of `pageSize` cards with previous/next links; `extra`
    /// is added to every page's context and fingerprinted as it is.
    private func paginated(_ first: String, template: String, title: String, description: String,
                           articles: [Int], extra: TemplateContext) -> [String] {
        let key = TemplateValue.object(TemplateObject(extra)).fingerprint
        return paginated(first, template: template, title: title, description: description, articles: articles,
                         key: { _ in key }) { _ in extra }
    }

    /// `paginated` with an `extra` per page number that is costly to make: `key(number)`
    /// stands for it, and it is made only if that page must be rendered.
    private func paginated(_ first: String, template: String, title: String, description: String,
                           articles: [Int], key: (Int) -> Fingerprint, extra: (Int) -> TemplateContext) -> [String] {
        let size = max(1, model.config.pageSize)
        let pageCount = max(1, (articles.count + size - 1) / size)
        return (1...pageCount).map { number in
            let slice = articles.dropFirst((number - 1) * size).prefix(size)
            var pageKey = FingerprintHasher()
            pageKey.add(key(number))
            pageKey.add(UInt64(number))
            pageKey.add(UInt64(pageCount))
            pageKey.add(keys?.views(slice) ?? Fingerprint(high: 0, low: 0))
            let pageTitle = number > 1 ? "\(title) (page \(number))" : title
            return page(SitePaths.page(first, number), template: template, title: pageTitle, description: description, key: pageKey.finish()) {
                var context = extra(number)
                context["articles"] = .list(slice.map { cards[$0] })
                context["hasArticles"] = .bool(!slice.isEmpty)
                var pagination: TemplateContext = ["current": .int(number), "total": .int(pageCount), "isPaginated": .bool(pageCount > 1)]
                if number > 1 { pagination["previous"] = .string(SitePaths.page(first, number - 1)) }
                if number < pageCount { pagination["next"] = .string(SitePaths.page(first, number + 1)) }
                context["pagination"] = .object(TemplateObject(pagination))
                return context
            }
        }
    }

    /// A page that lists the whole site (an index of terms, actors, years): fingerprinted
    /// by its whole context, which is cheap next to the site's other pages.
    private func page(_ path: String, template: String, title: String, description: String, context: TemplateContext) -> String {
        page(path, template: template, title: title, description: description, key: nil) { context }
    }

    /// Adds the variables every page has (site, root, page, nav) and renders into the sink,
    /// unless the sink has the page from the same inputs: `key` (with the chrome) when
    /// given, otherwise the whole context.
    private func page(_ path: String, template: String, title: String, description: String, key: Fingerprint?,
                      context: () -> TemplateContext) -> String {
        func complete() -> TemplateContext {
            var context = context()
            for (name, value) in baseContext(path: path, title: title, description: description) { context[name] = value }
            return context
        }
        guard let key, let keys else { return writeUnlessKept(path, template: template, complete()) }
        var hasher = FingerprintHasher()
        hasher.add(keys.chrome)
        for text in [template, path, title, description] { hasher.add(text) }
        hasher.add(key)
        let input = hasher.finish()
        if sink.reuse(path, input: input) { return path }
        return write(path, template: template, complete(), input: input)
    }

    /// Fingerprints a page by its whole context, and renders it unless the sink has it.
    private func writeUnlessKept(_ path: String, template: String, _ context: TemplateContext) -> String {
        let input = templates.fingerprint(template, context)
        if sink.reuse(path, input: input) { return path }
        return write(path, template: template, context, input: input)
    }

    /// Renders a page into the sink, recording `input` as what it was made from.
    private func write(_ path: String, template: String, _ context: TemplateContext, input: Fingerprint) -> String {
        recorder?.record(context)
        sink.write(OutputFile(path: path, bytes: templates.render(template, context)), input: input)
        return path
    }

    /// The variables every page has: site, root, page, sections.
    private func baseContext(path: String, title: String, description: String) -> TemplateContext {
        var context: TemplateContext = [:]
        let config = model.config
        context["site"] = siteContext
        context["root"] = .string(SitePaths.root(from: path))
        var pageContext: TemplateContext = ["title": .string(title), "description": .string(description), "path": .string(path),
                                            "isHome": .bool(path == SitePaths.home)]
        if let base = config.baseURL {
            pageContext["canonicalURL"] = .string(base + (path.hasSuffix("index.html") ? String(path.dropLast(10)) : path))
        }
        context["sections"] = sectionsContext
        let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : ""
        if path == SitePaths.home || hasFeed(folder) { pageContext["feedURL"] = .string(folder + "feed.xml") }
        context["page"] = .object(TemplateObject(pageContext))
        return context
    }

    /// Sections and actors with a page have their own feeds (see `feeds()`).
    private func hasFeed(_ folder: String) -> Bool {
        let parts = folder.split(separator: "/")
        guard parts.count == 2 else { return false }
        return ["sections", "people", "organizations", "places"].contains(String(parts[0]))
    }
}

/// Article cards, each made the first time a page needs it and then shared.
final class CardStore: @unchecked Sendable {
    private let contexts: PageContexts
    private let lock = NSLock()
    private var cards: [TemplateValue?]

    init(contexts: PageContexts) {
        self.contexts = contexts
        cards = Array(repeating: nil, count: contexts.model.articles.count)
    }

    subscript(index: Int) -> TemplateValue {
        lock.lock()
        if let card = cards[index] {
            lock.unlock()
            return card
        }
        lock.unlock()
        let card = TemplateValue.object(TemplateObject(contexts.card(index), memoizesPartials: true))
        lock.lock()
        defer { lock.unlock() }
        if let kept = cards[index] { return kept }  // another page made it meanwhile: share one object
        cards[index] = card
        return card
    }
}
