import GazetteExtraction

/// A Mustache context: string keys to strings, numbers, booleans, arrays and nested contexts.
public typealias TemplateContext = [String: Any]

/// Builds the values templates see. Every URL in a context is relative to the site root
/// (`articles/x/index.html`); templates prefix it with `{{root}}`, which leads from the
/// current page back to the root. The README lists every variable.
struct PageContexts {
    let model: SiteModel

    /// How many actors and figures a card shows; the article page shows them all.
    static let cardActorLimit = 8
    static let cardFigureLimit = 4

    /// The summary card of an article, as listed on the front page and list pages.
    func card(_ index: Int) -> TemplateContext {
        let analysed = model.articles[index]
        let article = analysed.article
        var context: TemplateContext = [
            "title": article.title,
            "url": SitePaths.article(article.slug),
            "summary": analysed.summary,
            "figures": Array(figures(index, anchors: []).prefix(Self.cardFigureLimit)),
            "hasFigures": !analysed.digest.keyFigures.isEmpty,
            "actors": actors(index, limit: Self.cardActorLimit),
            "hasActors": !model.entities.articleActors[index].isEmpty,
        ]
        if let date = article.date {
            context["date"] = date.longDescription
            context["dateISO"] = date.description
        }
        if let section = article.section {
            context["section"] = ["name": section, "url": SitePaths.term("sections", Slugger.slugify(section))]
        }
        if let source = article.source { context["source"] = source }
        if let author = article.author { context["author"] = author }
        return context
    }

    /// The key figures of an article; on the article page each links to the anchor of its
    /// sentence when the body has one (`anchors` holds the sentence indices anchored).
    func figures(_ index: Int, anchors: Set<Int>) -> [TemplateContext] {
        let analysed = model.articles[index]
        return analysed.digest.keyFigures.map { figure in
            var context: TemplateContext = [
                "text": figure.text,
                "value": Self.format(figure.value),
                "unit": figure.unit,
                "kind": figure.kind.rawValue,
                "label": Self.label(figure),
                "display": Self.display(figure),
            ]
            if analysed.digest.sentences.indices.contains(figure.sentence) {
                context["sentence"] = analysed.digest.sentences[figure.sentence].text
                if anchors.contains(figure.sentence) { context["anchor"] = "s-\(figure.sentence)" }
            }
            return context
        }
    }

    /// The actors of an article, most salient first; `url` only for actors with a page.
    func actors(_ index: Int, limit: Int = .max) -> [TemplateContext] {
        model.entities.articleActors[index].prefix(limit).map { ref in
            let actor = model.entities.actors[ref.actor]
            var context: TemplateContext = [
                "name": actor.name,
                "kind": actor.kind.rawValue,
                "roles": ref.local?.roles ?? [],
                "role": ref.local?.roles.first ?? "",
                "mentions": ref.local?.mentions ?? 0,
            ]
            context["hasPage"] = actor.hasPage
            if actor.hasPage { context["url"] = SitePaths.term(actor.kind.plural, actor.slug) }
            return context
        }
    }

    /// The whole article page context: the card plus body, tags and related articles.
    func articlePage(_ index: Int, body: String, anchors: Set<Int>) -> TemplateContext {
        var context = card(index)
        let article = model.articles[index].article
        context["body"] = body
        context["figures"] = figures(index, anchors: anchors)
        context["actors"] = actors(index)
        if let url = article.url { context["sourceURL"] = url }
        context["tags"] = article.tags.map { ["name": $0, "url": SitePaths.term("tags", Slugger.slugify($0))] }
        context["hasTags"] = !article.tags.isEmpty
        let related = model.related[index].map { item -> TemplateContext in
            var entry = card(item.article)
            entry["reason"] = "shares " + item.shared.prefix(4).joined(separator: ", ")
            return entry
        }
        context["related"] = related
        context["hasRelated"] = !related.isEmpty
        return context
    }

    /// A short reading of a figure for the panel: "32,000 people", "76 percent".
    static func label(_ figure: Figure) -> String {
        switch figure.kind {
        case .money: return currencyNames[figure.unit] ?? figure.unit
        case .percent: return "percent"
        default: return figure.unit
        }
    }

    /// Names readers know for the usual currencies; other codes show as they are.
    static let currencyNames = [
        "USD": "US dollars", "GBP": "pounds sterling", "EUR": "euros", "JPY": "yen", "CNY": "yuan",
        "INR": "rupees", "AUD": "Australian dollars", "CAD": "Canadian dollars", "CHF": "Swiss francs",
        "RUB": "roubles", "GBX": "pence",
    ]

    /// The figure as the panel's big number: its text without the trailing unit word,
    /// which the label already says ("more than 50 militants" shows "more than 50").
    static func display(_ figure: Figure) -> String {
        let unit = figure.unit
        guard !unit.isEmpty, figure.kind != .money, figure.kind != .percent,
              figure.text.lowercased().hasSuffix(" " + unit.lowercased()) else { return figure.text }
        return String(figure.text.dropLast(unit.count + 1))
    }

    /// Numbers with thousands separators and at most two decimals, locale-free.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let negative = value < 0
        let rounded = (abs(value) * 100).rounded() / 100
        let whole = Int(rounded)
        let cents = Int(((rounded - Double(whole)) * 100).rounded())
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if cents > 0 {
            let fraction = cents % 10 == 0 ? String(cents / 10) : (cents < 10 ? "0\(cents)" : String(cents))
            grouped += "." + fraction
        }
        return (negative ? "-" : "") + grouped
    }
}
