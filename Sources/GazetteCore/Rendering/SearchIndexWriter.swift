import GazetteMustache

/// The client-side search index: titles, summaries, actors and figures of every article.
///
/// Written as a script that sets `window.GAZETTE_SEARCH`, not as JSON to fetch, so search
/// also works when the site is opened from disk, where browsers refuse `fetch`.
enum SearchIndexWriter {
    private struct Entry: Encodable {
        /// Short keys keep the index compact: it is downloaded whole.
        var t: String   // title
        var u: String   // url, relative to the site root
        var d: String?  // date
        var s: String   // summary
        var a: [String] // actors
        var f: [String] // figures as written
    }

    static let path = "search-index.js"

    /// Writes the index into `sink`, unless the sink has it from the same articles and actors.
    static func write(_ model: SiteModel, into sink: OutputSink) {
        var inputs = FingerprintHasher()
        for index in model.articles.indices {
            inputs.add(model.articles[index].source)
            inputs.add(model.articles[index].article.slug)
            for ref in model.entities.articleActors[index] { inputs.add(model.entities.actors[ref.actor].name) }
        }
        let input = inputs.finish()
        if !sink.reuse(path, input: input) { sink.write(file(model), input: input) }
    }

    static func file(_ model: SiteModel) -> OutputFile {
        let entries = model.articles.indices.map { index -> Entry in
            let analysed = model.articles[index]
            return Entry(t: analysed.article.title, u: SitePaths.article(analysed.article.slug),
                         d: analysed.article.date?.description, s: analysed.summary.joined(separator: " "),
                         a: model.entities.articleActors[index].map { model.entities.actors[$0.actor].name },
                         f: analysed.digest.keyFigures.map(\.text))
        }
        var json = ExtractionRecord.encode(entries, pretty: false)
        // "</script>" inside a string must not end a script element if the file is ever inlined.
        json = json.replacingOccurrences(of: "</", with: "<\\/")
        return OutputFile(path: path, text: "window.GAZETTE_SEARCH = \(json);\n")
    }
}

import Foundation
