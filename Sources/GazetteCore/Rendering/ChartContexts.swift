import GazetteExtraction
import GazetteMustache

/// The charts of the pages as template values: each a finished inline SVG (`…SVG`, placed with
/// `{{{…}}}`), beside the counts its text needs. Undated articles are left out of every chart
/// and counted apart (`undated`), so the text can say so.
struct ChartContexts: Sendable {
    let model: SiteModel

    /// Periods in a sparkline of "in the news".
    static let sparklinePeriods = 8
    /// The site-wide web of actors: the actors in the most articles, and the strongest links among them.
    static let graphActors = 40
    static let graphLinks = 80

    // MARK: Actor pages

    /// `timelineSVG` (articles per period, each bar to its archive page or its one article) and
    /// `hasTimeline` when the actor has two dated articles or more; `undated`, `hasUndated`.
    func actorTimeline(_ index: Int, root: String) -> TemplateContext {
        let actor = model.entities.actors[index]
        let dated = actor.articles.compactMap { article in model.articles[article].article.date.map { (article, $0) } }
        let undated = actor.articles.count - dated.count
        // One date is no timeline: most actors of a big site are in one article, and their pages
        // are spared a chart of a single bar.
        var context: TemplateContext = ["undated": .int(undated), "hasUndated": .bool(undated > 0), "hasTimeline": .bool(dated.count >= 2)]
        guard dated.count >= 2, let first = dated.map(\.1).min(), let last = dated.map(\.1).max() else { return context }
        let buckets = TimeBuckets(from: first, to: last)
        var members = [[Int]](repeating: [], count: buckets.count)
        for (article, date) in dated { members[buckets.index(of: date)].append(article) }
        let bars = members.enumerated().map { period, articles in
            ChartBar(label: buckets.label(period), count: articles.count,
                     href: root + (articles.count == 1 ? SitePaths.article(model.articles[articles[0]].article.slug) : buckets.archivePath(period)))
        }
        let busiest = bars.enumerated().max { ($0.element.count, $1.offset) < ($1.element.count, $0.offset) }
        let summary = "\(counted(dated.count, "dated article")) from \(buckets.label(0)) to \(buckets.label(buckets.count - 1))"
            + (busiest.map { "; most in \($0.element.label) (\($0.element.count))" } ?? "") + "."
        context["timelineSVG"] = .string(BarChart.svg(bars, id: "timeline", title: "Articles that mention \(actor.name) over time", summary: summary))
        return context
    }

    /// `graphSVG`, `hasGraph`: the actor in the middle and its co-actors around it, each link as
    /// wide as the articles they share.
    func actorWeb(_ index: Int, coActors: [(actor: Int, count: Int)], root: String) -> TemplateContext {
        let actor = model.entities.actors[index]
        guard !coActors.isEmpty else { return ["hasGraph": false] }
        // Each co-actor weighs what it shares with this actor: the page's key covers exactly that
        // (its articles), not the co-actor's articles elsewhere.
        var nodes = [node(index, root: root)]
        nodes += coActors.map { node($0.actor, weight: $0.count, root: root) }
        let edges = coActors.enumerated().map { NetworkEdge(from: 0, to: $0.offset + 1, weight: $0.element.count) }
        let summary = "\(actor.name) appears with " + coActors.prefix(5).map {
            "\(model.entities.actors[$0.actor].name) in \(counted($0.count, "article"))"
        }.joined(separator: ", ") + (coActors.count > 5 ? ", and \(coActors.count - 5) more." : ".")
        return ["hasGraph": true,
                "graphSVG": .string(NetworkChart.svg(nodes: nodes, edges: edges, layout: .centered, id: "web",
                                                     title: "Actors that appear with \(actor.name)", summary: summary))]
    }

    private func node(_ index: Int, weight: Int? = nil, root: String) -> NetworkNode {
        let actor = model.entities.actors[index]
        return NetworkNode(label: actor.name, kind: actor.kind.rawValue, weight: weight ?? actor.articles.count,
                           href: actor.hasPage ? root + SitePaths.term(actor.kind.plural, actor.slug) : nil)
    }

    /// `figuresSVG`, `hasFiguresChart`, `figuresUnit`: of the figures in the sentences that mention
    /// the actor (gathered with its digest), those of one kind and unit found in the most dated
    /// articles (two at least), over time.
    func actorFigures(_ index: Int, _ found: [DatedFigure], root: String) -> TemplateContext {
        figureChart(found, title: "Figures near \(model.entities.actors[index].name) over time", root: root)
    }

    /// The same chart for a section, from the key figures of its dated articles.
    func sectionFigures(_ articles: [Int], name: String, root: String) -> TemplateContext {
        let found = articles.flatMap { article -> [DatedFigure] in
            let analysed = model.articles[article]
            guard let date = analysed.article.date else { return [] }
            return analysed.digest.keyFigures.map { DatedFigure(date: date, figure: $0, article: article) }
        }
        return figureChart(found, title: "Figures in \(name) over time", root: root)
    }

    /// A figure and the dated article it comes from.
    struct DatedFigure {
        var date: ArticleDate
        var figure: Figure
        var article: Int
    }

    /// The money amounts or percentages of the one unit found in the most dated articles (two at
    /// least), the newest 40 of them over time; each point links to its article (to its sentence
    /// in a plain-text article, where every sentence has an anchor).
    private func figureChart(_ candidates: [DatedFigure], title: String, root: String) -> TemplateContext {
        var series: [String: [DatedFigure]] = [:]
        for candidate in candidates where candidate.figure.kind == .money || candidate.figure.kind == .percent {
            series[candidate.figure.kind.rawValue + " " + candidate.figure.unit, default: []].append(candidate)
        }
        let best = series.map { key, points in (key, points, Set(points.map(\.article)).count) }
            .filter { $0.2 >= 2 }
            .max { ($0.2, $1.0) < ($1.2, $0.0) }
        guard let (_, found, _) = best else { return ["hasFiguresChart": false] }
        let points = found.sorted { ($0.date, $0.figure.value, $0.figure.text) < ($1.date, $1.figure.value, $1.figure.text) }.suffix(40)
        let chartPoints = points.map { point -> FigurePoint in
            let analysed = model.articles[point.article]
            var href = root + SitePaths.article(analysed.article.slug)
            if case .plainText = analysed.article.body { href += "#s-\(point.figure.sentence)" }
            return FigurePoint(day: point.date.daysSinceEpoch, value: point.figure.value,
                               label: "\(PageContexts.display(point.figure)) \(PageContexts.label(point.figure)), \(point.date.longDescription)",
                               href: href)
        }
        guard let first = points.first, let last = points.last, let largest = points.max(by: { $0.figure.value < $1.figure.value }) else {
            return ["hasFiguresChart": false]
        }
        let summary = "\(points.count) figures from \(first.date.longDescription) to \(last.date.longDescription); "
            + "the largest \(PageContexts.display(largest.figure)) on \(largest.date.longDescription)."
        let svg = FigureChart.svg(Array(chartPoints), id: "figures", title: title, summary: summary,
                                  firstLabel: first.date.description, lastLabel: last.date.description,
                                  maximumLabel: PageContexts.display(largest.figure))
        return ["hasFiguresChart": true, "figuresSVG": .string(svg), "figuresUnit": .string(PageContexts.label(first.figure))]
    }

    // MARK: Front and section pages

    /// `inTheNews` (the most mentioned actors of the newest dated `articles`: `name`, `kind`,
    /// `url`, `hasPage`, `count`, `sparklineSVG`, `rising`), `hasInTheNews` and `newsWindow`
    /// (`count`, `undated`, `hasUndated`, `from`, `to`).
    func inTheNews(_ articles: [Int]) -> TemplateContext {
        let limit = model.config.newsActors
        let dated = articles.compactMap { index in model.articles[index].article.date.map { (index, $0) } }
        let window = dated.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(model.config.newsArticles)
        guard limit > 0, let newest = window.first?.1, let oldest = window.last?.1 else { return ["hasInTheNews": false] }
        let first = oldest.daysSinceEpoch, span = newest.daysSinceEpoch - first + 1
        let periods = Self.sparklinePeriods
        var counts: [Int: [Int]] = [:]
        for (article, date) in window {
            let period = min(periods - 1, (date.daysSinceEpoch - first) * periods / span)
            for ref in model.entities.articleActors[article] { counts[ref.actor, default: Array(repeating: 0, count: periods)][period] += 1 }
        }
        let top = counts.map { (actor: $0.key, total: $0.value.reduce(0, +), series: $0.value) }
            .sorted { a, b in (b.total, model.entities.actors[a.actor].name, a.actor) < (a.total, model.entities.actors[b.actor].name, b.actor) }
            .prefix(limit)
        let list = top.enumerated().map { position, entry -> TemplateValue in
            let actor = model.entities.actors[entry.actor]
            let half = periods / 2
            let rising = entry.series[half...].reduce(0, +) > entry.series[..<half].reduce(0, +)
            let summary = "\(actor.name) in \(entry.series.map(String.init).joined(separator: ", ")) articles over \(periods) periods from "
                + "\(oldest.longDescription) to \(newest.longDescription)" + (rising ? "; rising." : ".")
            var item: TemplateContext = ["name": .string(actor.name), "kind": .string(actor.kind.rawValue), "count": .int(entry.total),
                                         "hasPage": .bool(actor.hasPage), "rising": .bool(rising),
                                         "sparklineSVG": .string(Sparkline.svg(entry.series, id: "news-\(position)",
                                                                               title: "\(actor.name) over time", summary: summary))]
            if actor.hasPage { item["url"] = .string(SitePaths.term(actor.kind.plural, actor.slug)) }
            return .object(TemplateObject(item))
        }
        let undated = articles.count - dated.count
        return ["hasInTheNews": .bool(!list.isEmpty), "inTheNews": .list(list),
                "newsWindow": ["count": .int(window.count), "undated": .int(undated), "hasUndated": .bool(undated > 0),
                               "from": .string(oldest.longDescription), "to": .string(newest.longDescription)]]
    }

    // MARK: Archive

    /// Articles per month of `year` (January to December), each bar to its month's page;
    /// `current` marks the page's own month.
    func archiveYear(_ year: Int, counts: [Int: Int], current: Int? = nil, root: String) -> String {
        let bars = (1...12).map { month in
            ChartBar(label: "\(ArticleDate.monthNames[month - 1].prefix(3)) \(year)", count: counts[month] ?? 0,
                     href: root + SitePaths.archive(year, month: month))
        }
        let total = counts.values.reduce(0, +)
        let busiest = bars.max { ($0.count, $1.label) < ($1.count, $0.label) }
        return BarChart.svg(bars, id: "archive-\(year)", title: "Articles per month in \(year)",
                            summary: "\(counted(total, "article")) in \(year)" + (busiest.map { "; most in \($0.label) (\($0.count))." } ?? "."),
                            current: current.map { $0 - 1 })
    }

    // MARK: The web of actors

    /// `graph`: `svg`, `actors` and `links` drawn, `totalActors`, `cap`: the `graphActors` actors in
    /// the most articles and the `graphLinks` strongest links among them, around one circle.
    func siteGraph(root: String) -> TemplateContext {
        let entities = model.entities
        let chosen = entities.actors.indices.filter { entities.actors[$0].hasPage }
            .sorted { a, b in
                let x = entities.actors[a], y = entities.actors[b]
                return (y.articles.count, x.name, a) < (x.articles.count, y.name, b)
            }
            .prefix(Self.graphActors)
        // Around the circle by kind, then by weight, so each kind sits together.
        let ordered = chosen.sorted { a, b in
            let x = entities.actors[a], y = entities.actors[b]
            return (x.kind.rawValue, y.articles.count, x.name, a) < (y.kind.rawValue, x.articles.count, y.name, b)
        }
        let position = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element, $0.offset) })
        var shared: [Int: Int] = [:]  // from * count + to → articles
        for refs in entities.articleActors {
            let present = refs.prefix(ActorOccurrences.coActorLimit).compactMap { position[$0.actor] }.sorted()
            for (i, a) in present.enumerated() {
                for b in present[(i + 1)...] where b != a { shared[a * ordered.count + b, default: 0] += 1 }
            }
        }
        let links = shared.map { NetworkEdge(from: $0.key / ordered.count, to: $0.key % ordered.count, weight: $0.value) }
            .sorted { ($1.weight, $0.from, $0.to) < ($0.weight, $1.from, $1.to) }
            .prefix(Self.graphLinks)
        let nodes = ordered.map { node($0, root: root) }
        let strongest = links.prefix(3).map { "\(nodes[$0.from].label) and \(nodes[$0.to].label) (\($0.weight))" }
        let summary = "\(nodes.count) actors and \(links.count) links" + (strongest.isEmpty ? "." : "; the strongest: " + strongest.joined(separator: ", ") + ".")
        return ["graph": ["svg": .string(NetworkChart.svg(nodes: nodes, edges: Array(links), layout: .ring, id: "graph",
                                                          title: "The web of actors", summary: summary)),
                          "actors": .int(nodes.count), "links": .int(links.count), "totalActors": .int(entities.actors.count),
                          "actorCap": .int(Self.graphActors), "linkCap": .int(Self.graphLinks),
                          "hasGraph": .bool(nodes.count >= 2)]]
    }
}
