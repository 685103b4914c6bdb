import GazetteMustache

/// The machine-readable side of the site, for people who build on it:
/// `data/actors.json` (the entity index) and `data/articles/<slug>.json` (one per article).
enum DataFiles {
    struct ActorEntry: Encodable {
        var name: String
        var kind: String
        var slug: String
        var url: String?
        var aliases: [String]
        var roles: [String]
        var mentions: Int
        var articles: [String]

        var json: JSONValue {
            var fields: [(String, JSONValue)] = [
                ("name", .string(name)), ("kind", .string(kind)), ("slug", .string(slug)),
                ("aliases", .array(aliases.map { .string($0) })), ("roles", .array(roles.map { .string($0) })),
                ("mentions", .int(mentions)), ("articles", .array(articles.map { .string($0) })),
            ]
            if let url { fields.append(("url", .string(url))) }
            return .object(fields)
        }
    }

    struct ArticleEntry: Encodable {
        var slug: String
        var url: String
        var date: String?
        var section: String?
        var tags: [String]
        var extraction: ExtractionRecord
    }

    /// Writes the files into `sink` (articles' in parallel) and returns how many.
    static func render(_ model: SiteModel, into sink: OutputSink) -> Int {
        let actors = model.entities.actors.map { actor in
            ActorEntry(name: actor.name, kind: actor.kind.rawValue, slug: actor.slug,
                       url: actor.hasPage ? SitePaths.term(actor.kind.plural, actor.slug) : nil,
                       aliases: actor.aliases, roles: actor.roles, mentions: actor.mentions,
                       articles: actor.articles.map { model.articles[$0].article.slug })
        }
        var inputs = FingerprintHasher()
        for actor in actors {
            for text in [actor.name, actor.kind, actor.slug, actor.url ?? "-"] + actor.aliases + ["|"] + actor.roles + ["|"] + actor.articles {
                inputs.add(text)
            }
            inputs.add(UInt64(actor.mentions))
        }
        let actorsInput = inputs.finish()
        if !sink.reuse("data/actors.json", input: actorsInput) {
            sink.write(OutputFile(path: "data/actors.json", text: JSONWriter.encodeArray(actors.map(\.json), pretty: true) + "\n"),
                       input: actorsInput)
        }
        ParallelMap.forEach(model.articles) { analysed in
            let article = analysed.article
            let path = "data/articles/\(article.slug).json"
            var inputs = FingerprintHasher()
            inputs.add(analysed.source)
            inputs.add(article.slug)
            let input = inputs.finish()
            if sink.reuse(path, input: input) { return }
            let entry = ArticleEntry(slug: article.slug, url: SitePaths.article(article.slug), date: article.date?.description,
                                     section: article.section, tags: article.tags,
                                     extraction: ExtractionRecord(analysed, path: article.path))
            sink.write(OutputFile(path: path, text: ExtractionRecord.encode(entry) + "\n"), input: input)
        }
        return 1 + model.articles.count
    }
}
