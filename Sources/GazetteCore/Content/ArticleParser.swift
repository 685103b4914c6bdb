import CommonMark

/// Turns a content file into an `Article`: decodes it, reads front matter or cleans
/// scraped text, and gathers the prose analysis will read.
public enum ArticleParser {
    public struct Result: Sendable {
        /// Nil when the file had errors.
        public var article: Article?
        public var diagnostics: [Diagnostic]
        /// Junk lines removed from plain text, for `--verbose`.
        public var removedLines: [(line: Int, text: String)]
    }

    /// File extensions read as articles.
    public static let markdownExtensions: Set<String> = ["md", "markdown"]
    public static let plainTextExtensions: Set<String> = ["txt"]

    public static func parse(_ file: SourceFile) -> Result {
        var diagnostics: [Diagnostic] = []
        let (text, usedFallback) = TextDecoding.decode(file.bytes)
        if usedFallback {
            diagnostics.append(.warning(file.path, "file is not valid UTF-8; read it as Windows-1252 (Latin-1)",
                                        note: "re-save the file as UTF-8 to silence this warning"))
        }
        let ext = file.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if plainTextExtensions.contains(ext) {
            let parsed = PlainTextParser.parse(text)
            let article = Article(path: file.path, slug: Slugger.slugify(parsed.title, maxLength: 60),
                                  title: parsed.title, section: file.section, body: .plainText(parsed.paragraphs),
                                  paragraphs: parsed.paragraphs)
            if parsed.paragraphs.isEmpty {
                diagnostics.append(.warning(file.path, "article has no text after junk removal"))
            }
            return Result(article: fixSlug(article, file), diagnostics: diagnostics, removedLines: parsed.removedLines)
        }

        let parsed = FrontMatterParser.parse(text, path: file.path)
        diagnostics += parsed.diagnostics
        if parsed.diagnostics.contains(where: { $0.severity == .error }) {
            return Result(article: nil, diagnostics: diagnostics, removedLines: [])
        }
        let meta = parsed.frontMatter
        var blocks = CommonMarkRenderer.textBlocks(parsed.body)
        var title = meta.title
        var body = parsed.body
        if title == nil, let first = blocks.first, first.kind == .heading {
            // A leading "# Heading" is the title; drop it from the body so it is not shown twice.
            title = first.text
            blocks.removeFirst()
            body = dropFirstHeading(parsed.body)
        }
        let paragraphs = blocks.map(\.text)
        let finalTitle = title ?? TitleDeriver.title(fromLead: paragraphs.first ?? file.baseName)
        let article = Article(path: file.path, slug: meta.slug ?? Slugger.slugify(title ?? file.baseName, maxLength: 60), title: finalTitle,
                              date: meta.date, author: meta.author, source: meta.source, url: meta.url,
                              section: file.section, tags: meta.tags, summaryOverride: meta.summary,
                              isDraft: meta.draft, declaredActors: meta.actors, body: .markdown(body),
                              paragraphs: paragraphs)
        return Result(article: fixSlug(article, file), diagnostics: diagnostics, removedLines: [])
    }

    /// A title made only of symbols gives an empty slug; fall back to the file name, then to "article".
    private static func fixSlug(_ article: Article, _ file: SourceFile) -> Article {
        var article = article
        if article.slug.isEmpty { article.slug = Slugger.slugify(file.baseName) }
        if article.slug.isEmpty { article.slug = "article" }
        return article
    }

    /// Removes the first ATX heading line ("# Title") of a Markdown body.
    static func dropFirstHeading(_ markdown: String) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.firstIndex(where: { !$0.trimmingSpaces().isEmpty }), lines[index].hasPrefix("#") {
            lines.remove(at: index)
        }
        return lines.joined(separator: "\n")
    }
}
