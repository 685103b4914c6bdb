import GazetteMustache

/// The client-side search index: titles, summaries, actors and figures of every article.
///
/// Written as a script that sets `window.GAZETTE_SEARCH`, not as JSON to fetch, so search
/// also works when the site is opened from disk, where browsers refuse `fetch`.
enum SearchIndexWriter {
    struct Entry: Encodable {
        /// Short keys keep the index compact: it is downloaded whole.
        var t: String   // title
        var u: String   // url, relative to the site root
        var d: String?  // date
        var s: String   // summary
        var a: [String] // actors
        var f: [String] // figures as written

        var json: JSONValue {
            var fields: [(String, JSONValue)] = [("t", .string(t)), ("u", .string(u)), ("s", .string(s)),
                                                 ("a", .array(a.map { .string($0) })), ("f", .array(f.map { .string($0) }))]
            if let d { fields.append(("d", .string(d))) }
            return .object(fields)
        }
    }

    static let path = "search-index.js"

    static func entry(_ model: SiteModel, _ index: Int) -> Entry {
        let analysed = model.articles[index]
        return Entry(t: analysed.article.title, u: SitePaths.article(analysed.article.slug),
                     d: analysed.article.date?.description, s: analysed.summary.joined(separator: " "),
                     a: model.entities.articleActors[index].map { model.entities.actors[$0.actor].name },
                     f: analysed.digest.keyFigures.map(\.text))
    }

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
        let entries = ParallelMap.map(Array(model.articles.indices)) { index -> JSONValue in
            entry(model, index).json
        }
        // "</script>" inside a string must not end a script element if the file is ever inlined.
        let json = JSONWriter.encodeArray(entries, pretty: false, escapingClosingTags: true)
        return OutputFile(path: path, text: "window.GAZETTE_SEARCH = \(json);\n")
    }
}

import Foundation
