/// Where each page lives in `Public/`. Paths are relative to the site root and end in
/// `index.html`, so links work from a domain root, a sub-path and a disk alike.
public enum SitePaths {
    public static func article(_ slug: String) -> String { "articles/\(slug)/index.html" }
    public static func taxonomy(_ name: String) -> String { "\(name)/index.html" }
    public static func term(_ taxonomy: String, _ slug: String) -> String { "\(taxonomy)/\(slug)/index.html" }
    public static let actors = "actors/index.html"
    /// The web of actors (`graph.mustache`), beside their index.
    public static let actorGraph = "actors/graph/index.html"
    /// The archive page of a year, or of one of its months: "archive/2024/index.html", "archive/2024/03/index.html".
    public static func archive(_ year: Int, month: Int? = nil) -> String {
        guard let month else { return "archive/\(year)/index.html" }
        return "archive/\(year)/\(month < 10 ? "0" : "")\(month)/index.html"
    }
    public static let home = "index.html"

    /// Page `number` (1-based) of a paginated list whose first page is `first`.
    public static func page(_ first: String, _ number: Int) -> String {
        guard number > 1 else { return first }
        let folder = first.hasSuffix("index.html") ? String(first.dropLast("index.html".count)) : first
        return "\(folder)page/\(number)/index.html"
    }

    /// The prefix that leads from `path` back to the site root: "" for `index.html`,
    /// "../../" for `articles/x/index.html`.
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
