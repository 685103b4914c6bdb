import CommonMark
import GazetteExtraction

/// Renders an article body to HTML.
///
/// Markdown goes through cmark (raw HTML omitted unless the site opts in). Plain text is
/// escaped paragraph by paragraph and each sentence gets an anchor (`id="s-N"`), so key
/// figures can link to the sentence they come from.
public enum BodyRenderer {
    public static func html(_ analysed: AnalysedArticle, config: SiteConfig) -> String {
        switch analysed.article.body {
        case .markdown(let markdown):
            var options = CommonMarkOptions.default
            if config.unsafeHTML { options.insert(.unsafeRawHTML) }
            return CommonMarkRenderer.html(markdown, options: options)
        case .plainText(let paragraphs):
            return plainText(paragraphs, sentences: analysed.digest.sentences)
        }
    }

    static func plainText(_ paragraphs: [String], sentences: [Sentence]) -> String {
        var byParagraph: [Int: [Sentence]] = [:]
        for sentence in sentences { byParagraph[sentence.paragraph, default: []].append(sentence) }
        var html = ""
        for (index, paragraph) in paragraphs.enumerated() {
            let bytes = Array(paragraph.utf8)
            var cursor = 0
            html += "<p>"
            for sentence in byParagraph[index] ?? [] {
                let range = sentence.utf8Range.clamped(to: 0..<bytes.count)
                guard range.lowerBound >= cursor else { continue }
                html += HTMLEscape.escape(String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self))
                html += "<span class=\"sentence\" id=\"s-\(sentence.index)\">"
                html += HTMLEscape.escape(String(decoding: bytes[range], as: UTF8.self))
                html += "</span>"
                cursor = range.upperBound
            }
            html += HTMLEscape.escape(String(decoding: bytes[cursor...], as: UTF8.self))
            html += "</p>\n"
        }
        return html
    }
}
