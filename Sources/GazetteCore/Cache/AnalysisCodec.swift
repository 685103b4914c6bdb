import GazetteExtraction

/// What the build cache keeps of one article: its parse and, once analysed, its digest.
struct CachedAnalysis: Sendable {
    var parse: ArticleParser.Result
    var digest: ArticleDigest?
}

/// `CachedAnalysis` to bytes and back, field by field (see `ByteWriter`).
enum AnalysisCodec {
    static func encode(_ entry: CachedAnalysis) -> [UInt8] {
        var w = ByteWriter()
        w.optional(entry.parse.article) { $0.article($1) }
        w.array(entry.parse.diagnostics) { $0.diagnostic($1) }
        w.array(entry.parse.removedLines) { w, line in w.int(line.line); w.string(line.text) }
        w.optional(entry.digest) { $0.digest($1) }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8], range: Range<Int>) throws(ByteReader.Damaged) -> CachedAnalysis {
        var r = ByteReader(bytes, range: range)
        var paragraphs: Range<Int>?
        var article = try r.optional { r throws(ByteReader.Damaged) in try r.article(paragraphs: &paragraphs) }
        let diagnostics = try r.array { r throws(ByteReader.Damaged) in try r.diagnostic() }
        let removed = try r.array { r throws(ByteReader.Damaged) in (line: try r.int(), text: try r.string()) }
        let digest = try r.optional { r throws(ByteReader.Damaged) in try r.digest() }
        guard r.isAtEnd else { throw ByteReader.Damaged() }
        // The prose is read only to analyse it: with the digest cached, it is left undecoded.
        if digest == nil, let paragraphs {
            var prose = ByteReader(bytes, range: paragraphs)
            article?.paragraphs = try prose.array { r throws(ByteReader.Damaged) in try r.string() }
        }
        return CachedAnalysis(parse: .init(article: article, diagnostics: diagnostics, removedLines: removed), digest: digest)
    }
}

private extension ByteWriter {
    mutating func article(_ a: Article) {
        string(a.path); string(a.slug); string(a.title)
        optional(a.date) { w, d in w.int(d.year); w.int(d.month); w.int(d.day) }
        optional(a.author) { $0.string($1) }
        optional(a.source) { $0.string($1) }
        optional(a.url) { $0.string($1) }
        optional(a.section) { $0.string($1) }
        array(a.tags) { $0.string($1) }
        optional(a.summaryOverride) { $0.string($1) }
        bool(a.isDraft)
        array(a.declaredActors) { w, actor in w.string(actor.name); w.string(actor.kind.rawValue) }
        switch a.body {
        case .markdown(let text): bool(true); string(text)
        case .plainText(let paragraphs): bool(false); array(paragraphs) { $0.string($1) }
        }
        array(a.paragraphs) { $0.string($1) }
    }

    mutating func diagnostic(_ d: Diagnostic) {
        string(d.path); int(d.line); int(d.column); string(d.severity.rawValue); string(d.message)
        optional(d.note) { $0.string($1) }
    }

    mutating func digest(_ d: ArticleDigest) {
        array(d.sentences) { w, s in w.int(s.index); w.int(s.paragraph); w.string(s.text); w.int(s.utf8Range.lowerBound); w.int(s.utf8Range.upperBound) }
        array(d.summary) { $0.int($1) }
        array(d.figures) { $0.figure($1) }
        array(d.keyFigures) { $0.figure($1) }
        array(d.actors) { w, a in
            w.string(a.name); w.string(a.kind.rawValue)
            w.array(a.aliases) { $0.string($1) }
            w.int(a.mentions)
            w.array(a.roles) { $0.string($1) }
            w.array(a.sentences) { $0.int($1) }
            w.array(a.quotes) { $0.int($1) }
            w.double(a.salience)
        }
    }

    mutating func figure(_ f: Figure) {
        string(f.text); double(f.value); string(f.unit); string(f.kind.rawValue); int(f.sentence); double(f.score)
    }
}

private extension ByteReader {
    /// The article with its `paragraphs` left empty; `paragraphs` gets their bytes.
    mutating func article(paragraphs: inout Range<Int>?) throws(Damaged) -> Article {
        let path = try string(), slug = try string(), title = try string()
        let date = try optional { r throws(Damaged) in
            guard let date = ArticleDate(year: try r.int(), month: try r.int(), day: try r.int()) else { throw Damaged() }
            return date
        }
        let author = try optional { r throws(Damaged) in try r.string() }
        let source = try optional { r throws(Damaged) in try r.string() }
        let url = try optional { r throws(Damaged) in try r.string() }
        let section = try optional { r throws(Damaged) in try r.string() }
        let tags = try array { r throws(Damaged) in try r.string() }
        let summaryOverride = try optional { r throws(Damaged) in try r.string() }
        let isDraft = try bool()
        let declared = try array { r throws(Damaged) in DeclaredActor(name: try r.string(), kind: try r.kind()) }
        let body: ArticleBody = try bool() ? .markdown(try string()) : .plainText(try array { r throws(Damaged) in try r.string() })
        let start = position
        for _ in 0..<(try count()) { _ = try raw(try count()) }
        paragraphs = start..<position
        return Article(path: path, slug: slug, title: title, date: date, author: author, source: source, url: url, section: section,
                       tags: tags, summaryOverride: summaryOverride, isDraft: isDraft, declaredActors: declared, body: body,
                       paragraphs: [])
    }

    mutating func kind() throws(Damaged) -> ActorKind {
        guard let kind = ActorKind(rawValue: try string()) else { throw Damaged() }
        return kind
    }

    mutating func diagnostic() throws(Damaged) -> Diagnostic {
        let path = try string(), line = try int(), column = try int()
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Damaged() }
        let message = try string()
        let note = try optional { r throws(Damaged) in try r.string() }
        return Diagnostic(path: path, line: line, column: column, severity: severity, message: message, note: note)
    }

    mutating func digest() throws(Damaged) -> ArticleDigest {
        let sentences = try array { r throws(Damaged) in
            let index = try r.int(), paragraph = try r.int(), text = try r.string(), lower = try r.int(), upper = try r.int()
            guard lower <= upper else { throw Damaged() }
            return Sentence(index: index, paragraph: paragraph, text: text, utf8Range: lower..<upper)
        }
        let summary = try array { r throws(Damaged) in try r.int() }
        let figures = try array { r throws(Damaged) in try r.figure() }
        let keyFigures = try array { r throws(Damaged) in try r.figure() }
        let actors = try array { r throws(Damaged) in
            Actor(name: try r.string(), kind: try r.kind(), aliases: try r.array { r throws(Damaged) in try r.string() },
                  mentions: try r.int(), roles: try r.array { r throws(Damaged) in try r.string() },
                  sentences: try r.array { r throws(Damaged) in try r.int() }, quotes: try r.array { r throws(Damaged) in try r.int() },
                  salience: try r.double())
        }
        return ArticleDigest(sentences: sentences, summary: summary, figures: figures, keyFigures: keyFigures, actors: actors)
    }

    mutating func figure() throws(Damaged) -> Figure {
        let text = try string(), value = try double(), unit = try string()
        guard let kind = FigureKind(rawValue: try string()) else { throw Damaged() }
        return Figure(text: text, value: value, unit: unit, kind: kind, sentence: try int(), score: try double())
    }
}
