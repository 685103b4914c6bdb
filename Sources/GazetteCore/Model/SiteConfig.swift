import Yams

/// The site settings from `site.yml`. Every key has a default, so the file is optional.
public struct SiteConfig: Sendable, Equatable {
    public var title = "Gazette"
    public var description = "A digest of the news, with its people, places and numbers."
    /// Absolute URL the site is served from ("https://example.org/news/"); nil means relative links only.
    public var baseURL: String?
    /// The `lang` attribute of every page.
    public var language = "en"
    /// Articles per page on the front page and list pages.
    public var pageSize = 20
    /// Sentences in an extracted summary.
    public var summarySentences = 3
    /// Articles an actor needs before it gets a page of its own.
    public var actorMinArticles = 1
    /// "In the news" on the front and section pages: the most mentioned actors of the newest
    /// `newsArticles` dated articles, at most `newsActors` of them (0 hides the list).
    public var newsArticles = 50
    public var newsActors = 8
    /// Let raw HTML in Markdown through to pages. Off: article text is untrusted.
    public var unsafeHTML = false

    public init() {}

    static let keys = ["title", "description", "base_url", "language", "page_size", "summary_sentences",
                       "actor_min_articles", "news_articles", "news_actors", "unsafe_html"]

    /// Reads `site.yml`; problems are reported with the file's positions.
    public static func parse(_ text: String, path: String = "site.yml") -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
            return (config, [.error(path, line: mark.line, column: mark.column, "invalid YAML: \(problem)")])
        } catch {
            return (config, [.error(path, line: 1, column: 1, "invalid YAML: \(error)")])
        }
        guard let root else { return (config, []) }
        guard case .mapping(let mapping) = root else {
            return (config, [.error(path, line: 1, column: 1, "site.yml must be a mapping of keys to values")])
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let line = value.mark?.line ?? 1, column = value.mark?.column ?? 1
            let text = value.scalar?.string.trimmingSpaces()
            func integer(_ range: ClosedRange<Int>) -> Int? {
                if let text, let number = Int(text), range.contains(number) { return number }
                diagnostics.append(.error(path, line: line, column: column,
                                          "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
                return nil
            }
            switch key {
            case "title": config.title = text ?? config.title
            case "description": config.description = text ?? config.description
            case "language": config.language = text ?? config.language
            case "base_url":
                guard let text, !text.isEmpty else { config.baseURL = nil; continue }
                guard text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("/") else {
                    diagnostics.append(.error(path, line: line, column: column, "base_url '\(text)' must be an absolute URL",
                                              note: "e.g. https://example.org/news/"))
                    continue
                }
                config.baseURL = text.hasSuffix("/") ? text : text + "/"
            case "page_size": config.pageSize = integer(1...10_000) ?? config.pageSize
            case "summary_sentences": config.summarySentences = integer(1...20) ?? config.summarySentences
            case "actor_min_articles": config.actorMinArticles = integer(1...100_000) ?? config.actorMinArticles
            case "news_articles": config.newsArticles = integer(1...100_000) ?? config.newsArticles
            case "news_actors": config.newsActors = integer(0...100) ?? config.newsActors
            case "unsafe_html": config.unsafeHTML = ["true", "yes", "on"].contains(text?.lowercased() ?? "")
            default:
                diagnostics.append(.warning(path, line: keyNode.mark?.line ?? 1, column: keyNode.mark?.column ?? 1,
                                            "unknown key '\(key)' is ignored", note: "known keys: \(keys.joined(separator: ", "))"))
            }
        }
        return (config, diagnostics)
    }
}
