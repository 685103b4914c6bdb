/// Every variable name a page context can hold, optional ones included: the schema the
/// README documents per page type. `gazette check` reports template variables outside it,
/// and a test keeps it equal to what the renderer really provides.
public enum TemplateVariables {
    public static let known: Set<String> = [
        // every page
        "site", "title", "description", "language", "baseURL", "buildDate", "buildDateISO",
        "root", "page", "path", "isHome", "canonicalURL", "feedURL", "sections", "name", "url",
        // cards and articles
        "articles", "hasArticles", "date", "dateISO", "section", "source", "author", "summary",
        "figures", "hasFigures", "text", "display", "value", "unit", "kind", "label", "sentence", "anchor",
        "actors", "hasActors", "role", "roles", "mentions", "hasMentions", "hasPage",
        "article", "body", "sourceURL", "tags", "hasTags", "related", "hasRelated", "reason",
        // pagination
        "pagination", "current", "total", "isPaginated", "previous", "next",
        // taxonomies, terms, archive
        "taxonomy", "terms", "hasTerms", "term", "count", "years", "hasYears", "months",
        // actors
        "actor", "kindTitle", "kindURL", "hasRoles", "aliases", "hasAliases", "quotes", "hasQuotes",
        "sentences", "hasSentences", "coActors", "hasCoActors", "groups",
        // charts (inline SVG)
        "timelineSVG", "hasTimeline", "undated", "hasUndated", "graphSVG", "hasGraph", "figuresSVG", "hasFiguresChart",
        "figuresUnit", "inTheNews", "hasInTheNews", "newsWindow", "from", "to", "sparklineSVG", "rising", "chartSVG",
        "graph", "svg", "links", "totalActors", "actorCap", "linkCap",
        // search
        "entries",
    ]
}
