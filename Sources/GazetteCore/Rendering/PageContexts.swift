import GazetteExtraction
import GazetteMustache

/// A Mustache context: names to typed values (strings, numbers, booleans, lists, objects).
public typealias TemplateContext = [String: TemplateValue]

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
            "title": .string(article.title),
            "url": .string(SitePaths.article(article.slug)),
            "summary": .strings(analysed.summary),
            "figures": .list(Array(figures(index, anchors: []).prefix(Self.cardFigureLimit))),
            "hasFigures": .bool(!analysed.digest.keyFigures.isEmpty),
            "actors": .list(actors(index, limit: Self.cardActorLimit)),
            "hasActors": .bool(!model.entities.articleActors[index].isEmpty),
        ]
        if let date = article.date {
            context["date"] = .string(date.longDescription)
            context["dateISO"] = .string(date.description)
        }
        if let section = article.section {
            context["section"] = ["name": .string(section), "url": .string(SitePaths.term("sections", Slugger.slugify(section)))]
        }
        if let source = article.source { context["source"] = .string(source) }
        if let author = article.author { context["author"] = .string(author) }
        return context
    }

    /// The key figures of an article; on the article page each links to the anchor of its
    /// sentence when the body has one (`anchors` holds the sentence indices anchored).
    func figures(_ index: Int, anchors: Set<Int>) -> [TemplateValue] {
        let analysed = model.articles[index]
        return analysed.digest.keyFigures.map { figure in
            var context: TemplateContext = [
                "text": .string(figure.text),
                "value": .string(Self.format(figure.value)),
                "unit": .string(figure.unit),
                "kind": .string(figure.kind.rawValue),
                "label": .string(Self.label(figure)),
                "display": .string(Self.display(figure)),
            ]
            if analysed.digest.sentences.indices.contains(figure.sentence) {
                context["sentence"] = .string(analysed.digest.sentences[figure.sentence].text)
                if anchors.contains(figure.sentence) { context["anchor"] = .string("s-\(figure.sentence)") }
            }
            return .object(TemplateObject(context))
        }
    }

    /// The actors of an article, most salient first; `url` only for actors with a page.
    func actors(_ index: Int, limit: Int = .max) -> [TemplateValue] {
        model.entities.articleActors[index].prefix(limit).map { ref in
            let actor = model.entities.actors[ref.actor]
            var context: TemplateContext = [
                "name": .string(actor.name),
                "kind": .string(actor.kind.rawValue),
                "roles": .strings(ref.local?.roles ?? []),
                "role": .string(ref.local?.roles.first ?? ""),
                "mentions": .int(ref.local?.mentions ?? 0),
            ]
            context["hasPage"] = .bool(actor.hasPage)
            if actor.hasPage { context["url"] = .string(SitePaths.term(actor.kind.plural, actor.slug)) }
            return .object(TemplateObject(context))
        }
    }

    /// The whole article page context: the card's fields plus body, tags and the cards of
    /// related articles.
    func articlePage(_ index: Int, card: TemplateContext, body: String, anchors: Set<Int>, related: [TemplateValue]) -> TemplateContext {
        var context = card
        let article = model.articles[index].article
        context["body"] = .string(body)
        context["figures"] = .list(figures(index, anchors: anchors))
        context["actors"] = .list(actors(index))
        if let url = article.url { context["sourceURL"] = .string(url) }
        context["tags"] = .list(article.tags.map { ["name": .string($0), "url": .string(SitePaths.term("tags", Slugger.slugify($0)))] })
        context["hasTags"] = .bool(!article.tags.isEmpty)
        context["related"] = .list(related)
        context["hasRelated"] = .bool(!related.isEmpty)
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
