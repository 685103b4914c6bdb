import GazetteExtraction
import GazetteMustache

/// What a build reads: the site's files, already loaded by `SiteReader`.
public struct SiteInput: Sendable {
    /// `site.yml` text, or nil when the site has none.
    public var configText: String?
    /// Articles under `Content/`, sorted by path.
    public var articles: [SourceFile]
    /// `Content/_actors.yml` text (the user's actor corrections), or nil.
    public var aliasText: String?
    /// Template name (without `.mustache`) → text.
    public var templates: [String: String]
    /// Files under `Templates/assets/`, copied to `Public/assets/` as they are.
    public var assets: [OutputFile]
    public var buildDate: ArticleDate?
    public var includeDrafts = false
    /// Warnings of reading the site (an article skipped for its size), reported with the build's.
    public var readWarnings: [Diagnostic] = []

    public init(configText: String?, articles: [SourceFile], aliasText: String? = nil, templates: [String: String],
                assets: [OutputFile], buildDate: ArticleDate? = nil, includeDrafts: Bool = false) {
        self.configText = configText
        self.articles = articles
        self.aliasText = aliasText
        self.templates = templates
        self.assets = assets
        self.buildDate = buildDate
        self.includeDrafts = includeDrafts
    }
}

/// What a successful build produces: the files of `Public/` (when collected in memory)
/// and what happened.
public struct BuildResult: Sendable {
    /// Sorted by path; empty when the build streamed its files into a `SiteWriter`.
    public var files: [OutputFile]
    /// How many files the site has.
    public var fileCount: Int
    /// Warnings, sorted by path.
    public var diagnostics: [Diagnostic]
    public var articleCount: Int
    public var pageCount: Int
    /// Junk lines removed from plain-text articles, as `path:line: text` for `--verbose`.
    public var removedJunk: [String]
    /// The actors of the site, for `gazette check`.
    public var entities: EntityIndex
    /// Content paths of the articles, in the order `entities` refers to them.
    public var articlePaths: [String]
    /// What publishing wrote, once the pipeline has published the result.
    public var published: SiteWriter.Summary?
    /// The site as built and its templates, which `gazette serve` keeps to preview an
    /// edited article at once (`ArticlePreview`).
    public var model: SiteModel?
    public var templates: TemplateLibrary?
    /// Articles whose parse and analysis came from the build cache.
    public var cachedArticles = 0
    /// Seconds spent in each stage, in order, for `gazette build --timings`.
    public var timings: [(stage: String, seconds: Double)] = []
}

/// Builds a site from its input. Pure: no file system, no clock; I/O is `SiteReader`'s
/// and the sink's (`SiteWriter`) job.
///
/// Stages, in execution order:
/// 1. read `site.yml` and `Content/_actors.yml`, parse the templates (fail early, before any article work);
/// 2. parse every article (in parallel; from the cache when its bytes are known), report every error of the run;
/// 3. drop drafts, give every article a unique slug (by path order);
/// 4. analyse every article (in parallel; from the cache likewise): sentences, summary, figures, actors;
/// 5. sort newest first; resolve actors across articles; group tags and sections;
/// 6. find related articles from shared actors and tags;
/// 7. render pages (articles and actor pages in parallel), feeds, sitemap, search index, data files and assets.
public enum SiteBuilder {
    /// Builds the site in memory; `recorder`, when given, learns every variable the pages provide.
    public static func build(_ input: SiteInput, recorder: ContextKeyRecorder? = nil) -> Result<BuildResult, BuildFailure> {
        let sink = CollectingSink()
        return build(input, into: sink, recorder: recorder).map { result in
            var result = result
            result.files = sink.files
            return result
        }
    }

    /// Builds the site, handing each file to `sink` as soon as it is rendered. Nothing
    /// reaches the sink unless every article and template is valid.
    /// `cache`, when given, supplies the parse and analysis of every article whose bytes
    /// it has seen, and learns those of the others.
    public static func build(_ input: consuming SiteInput, into sink: OutputSink, recorder: ContextKeyRecorder? = nil,
                             cache: AnalysisCache? = nil) -> Result<BuildResult, BuildFailure> {
        var diagnostics = input.readWarnings
        var config = SiteConfig()
        if let text = input.configText {
            let (parsed, configDiagnostics) = SiteConfig.parse(text)
            config = parsed
            diagnostics += configDiagnostics
        }
        var aliases = AliasFile()
        if let text = input.aliasText {
            let (parsed, aliasDiagnostics) = AliasFile.parse(text)
            aliases = parsed
            diagnostics += aliasDiagnostics
        }
        let templates: TemplateLibrary
        switch TemplateLibrary.load(input.templates) {
        case .success(let library): templates = library
        case .failure(let failure): diagnostics += failure.diagnostics; return .failure(BuildFailure(diagnostics))
        }

        var timer = StageTimer()
        var settingsHasher = FingerprintHasher()
        settingsHasher.add(input.configText ?? "")
        settingsHasher.add(input.buildDate?.description ?? "")
        let settingsFingerprint = settingsHasher.finish()
        let stage = articleStage(input.articles, config: config, settings: settingsFingerprint, includeDrafts: input.includeDrafts,
                                 cache: cache, diagnostics: &diagnostics)
        input.articles = []  // parsed: free the bytes before the site's pages are made
        guard let stage else { return .failure(BuildFailure(diagnostics)) }
        var analysed = stage.analysed
        let removedJunk = stage.removedJunk
        analysed.sort(by: newestFirst)
        timer.lap("parse and extract (\(stage.cachedCount) of \(stage.fileCount) from the cache)")

        let entities = EntityResolver.resolve(analysed, minArticles: config.actorMinArticles, aliases: aliases)
        timer.lap("resolve actors")
        let taxonomies = [
            Taxonomy.build(name: "sections", title: "Sections", articles: analysed) { $0.section.map { [$0] } ?? [] },
            Taxonomy.build(name: "tags", title: "Tags", articles: analysed) { $0.tags },
        ]
        let related = RelatedArticles.find(entities: entities, taxonomies: taxonomies, articleCount: analysed.count)
        let model = SiteModel(config: config, articles: analysed, entities: entities, taxonomies: taxonomies,
                              related: related, buildDate: input.buildDate, settings: settingsFingerprint)

        timer.lap("sections, tags, related articles")
        let renderer = SiteRenderer(model: model, templates: templates, sink: sink, recorder: recorder)
        let pages = renderer.render()
        var fileCount = pages.count + renderer.feeds() + DataFiles.render(model, into: sink)
        SearchIndexWriter.write(model, into: sink)
        let rest = SitemapWriter.files(pages: pages, model: model) + input.assets.map { OutputFile(path: "assets/" + $0.path, bytes: $0.bytes) }
        for file in rest { sink.write(file) }
        fileCount += rest.count + 1
        timer.lap("render and stage")
        return .success(BuildResult(files: [], fileCount: fileCount, diagnostics: diagnostics.sorted(), articleCount: analysed.count,
                                    pageCount: pages.count, removedJunk: removedJunk, entities: entities,
                                    articlePaths: analysed.map(\.article.path), model: model, templates: templates,
                                    cachedArticles: stage.cachedCount,
                                    timings: timer.laps))
    }

    /// What stages 2 to 4 give: the analysed articles, in path order, and what they reported.
    private struct ArticleStage {
        var analysed: [AnalysedArticle]
        var removedJunk: [String]
        var cachedCount: Int
        var fileCount: Int
    }

    /// Parses and analyses every article (from the cache when its bytes are known), gives
    /// unique slugs and records the work in the cache; nil when an article has an error.
    /// Its own function so that the files' bytes and the prose only analysis reads are
    /// freed when it returns, before the site's pages are made.
    private static func articleStage(_ files: [SourceFile], config: SiteConfig, settings: Fingerprint, includeDrafts: Bool,
                                     cache: AnalysisCache?, diagnostics: inout [Diagnostic]) -> ArticleStage? {
        let paths = files.map(\.path)
        let hashes = ParallelMap.map(files) { ContentHash($0.bytes) }
        let cached = ParallelMap.map(Array(files.indices)) { cache?.lookup(paths[$0], hash: hashes[$0]) }
        let parsed = ParallelMap.map(Array(files.indices)) { cached[$0]?.parse ?? ArticleParser.parse(files[$0]) }
        diagnostics += parsed.flatMap(\.diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        let removedJunk = parsed.flatMap { result in
            result.removedLines.map { "\(result.article?.path ?? ""):\($0.line): \($0.text)" }
        }

        // Positions in `files` of the articles built, and the articles with unique slugs.
        let kept = paths.indices.filter { parsed[$0].article.map { includeDrafts || !$0.isDraft } ?? false }
        var articles = kept.compactMap { parsed[$0].article }
        let (slugs, renamed) = Slugger.uniqued(articles.map(\.slug))
        for index in renamed {
            diagnostics.append(.warning(articles[index].path, "slug '\(articles[index].slug)' is already used; this article gets '\(slugs[index])'",
                                        note: "set 'slug:' in the front matter to choose one"))
        }
        for index in articles.indices { articles[index].slug = slugs[index] }

        let built = articles
        let analysed = ParallelMap.map(Array(kept.indices)) { position in
            let article = built[position]
            // What determines the article and its digest: bytes, path and settings.
            var sourceHasher = FingerprintHasher()
            sourceHasher.add(hashes[kept[position]])
            sourceHasher.add(article.path)
            sourceHasher.add(settings)
            let source = sourceHasher.finish()
            var result = cached[kept[position]]?.digest.map { AnalysedArticle(article: article, digest: $0, source: source) }
                ?? AnalysedArticle.analyse(article, config: config, source: source)
            result.article.paragraphs = []  // read only to analyse, and the digest is made
            return result
        }
        if let cache {
            var digests: [Int: ArticleDigest] = [:]
            for (position, index) in kept.enumerated() { digests[index] = analysed[position].digest }
            for index in paths.indices {
                let reused = cached[index] != nil && (cached[index]?.digest != nil || digests[index] == nil)
                var parse = parsed[index]
                let digest = digests[index] ?? cached[index]?.digest
                if digest != nil { parse.article?.paragraphs = [] }
                cache.record(paths[index], hash: hashes[index], CachedAnalysis(parse: parse, digest: digest), reused: reused)
            }
        }
        return ArticleStage(analysed: analysed, removedJunk: removedJunk, cachedCount: cached.compactMap { $0 }.count, fileCount: files.count)
    }

    /// Newest first, undated last, then by path: a total order.
    static func newestFirst(_ a: AnalysedArticle, _ b: AnalysedArticle) -> Bool {
        switch (a.article.date, b.article.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.article.path < b.article.path
        }
    }
}
