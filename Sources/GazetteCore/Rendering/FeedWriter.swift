import GazetteMustache

/// Writes Atom (RFC 4287) and JSON Feed 1.1 documents for a list of articles.
///
/// Links are relative to the feed's own location unless the site has a base URL, in
/// which case they are absolute. Entry ids are the absolute URL when there is one,
/// otherwise a `urn:uuid:` derived from the article's path, so they never change
/// between builds.
struct FeedWriter {
    let model: SiteModel

    /// Entries per feed: readers poll often, and old entries only cost bytes.
    static let entryLimit = 20

    /// The Atom feed at `folder` ("" for the site, "sections/business/" ...), and the JSON
    /// Feed beside it when `json` is set.
    func feeds(folder: String, title: String, articles: [Int], json: Bool = true) -> [OutputFile] {
        let items = Array(articles.prefix(Self.entryLimit))
        var files = [OutputFile(path: folder + "feed.xml", text: atom(folder: folder, title: title, items: items))]
        if json { files.append(OutputFile(path: folder + "feed.json", text: jsonFeed(folder: folder, title: title, items: items))) }
        return files
    }

    /// Everything the feeds at `folder` are made from: the settings, the title and each
    /// entry's article (its source and slug).
    func fingerprint(folder: String, title: String, articles: [Int]) -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add(model.settings)
        hasher.add(folder)
        hasher.add(title)
        for index in articles.prefix(Self.entryLimit) {
            hasher.add(model.articles[index].source)
            hasher.add(model.articles[index].article.slug)
        }
        return hasher.finish()
    }

    private func link(_ sitePath: String, from folder: String) -> String {
        let page = sitePath.hasSuffix("index.html") ? String(sitePath.dropLast("index.html".count)) : sitePath
        if let base = model.config.baseURL { return base + page }
        return SitePaths.root(from: folder + "feed.xml") + sitePath
    }

    private func id(_ article: Article) -> String {
        if let base = model.config.baseURL { return base + "articles/\(article.slug)/" }
        return "urn:uuid:" + StableID.uuid(article.path)
    }

    private func timestamp(_ date: ArticleDate?) -> String {
        "\((date ?? model.buildDate ?? ArticleDate(daysSinceEpoch: 0)).description)T00:00:00Z"
    }

    private func updated(_ items: [Int]) -> String {
        timestamp(items.compactMap { model.articles[$0].article.date }.max() ?? model.buildDate)
    }

    private func atom(folder: String, title: String, items: [Int]) -> String {
        let x = HTMLEscape.escape
        let feedID = model.config.baseURL.map { $0 + folder } ?? "urn:uuid:" + StableID.uuid("feed:" + folder)
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(x(model.config.language))">
          <title>\(x(title))</title>
          <subtitle>\(x(model.config.description))</subtitle>
          <id>\(x(feedID))</id>
          <updated>\(updated(items))</updated>
          <link rel="alternate" type="text/html" href="\(x(link(folder + "index.html", from: folder)))"/>

        """
        if let base = model.config.baseURL { xml += "  <link rel=\"self\" href=\"\(x(base + folder + "feed.xml"))\"/>\n" }
        xml += "  <author><name>\(x(model.config.title))</name></author>\n  <generator>Gazette</generator>\n"
        for index in items {
            let analysed = model.articles[index]
            let article = analysed.article
            let summary = analysed.summary.joined(separator: " ")
            let html = analysed.summary.map { "<p>\(HTMLEscape.escape($0))</p>" }.joined()
            xml += """
              <entry>
                <title>\(x(article.title))</title>
                <id>\(x(id(article)))</id>
                <link rel="alternate" type="text/html" href="\(x(link(SitePaths.article(article.slug), from: folder)))"/>
                <updated>\(timestamp(article.date))</updated>

            """
            if let author = article.author { xml += "    <author><name>\(x(author))</name></author>\n" }
            if let section = article.section { xml += "    <category term=\"\(x(section))\"/>\n" }
            xml += "    <summary>\(x(summary))</summary>\n    <content type=\"html\">\(x(html))</content>\n  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    private struct JSONFeed: Encodable {
        struct Item: Encodable {
            var id: String
            var url: String
            var title: String
            var summary: String
            var content_text: String
            var date_published: String?
            var authors: [Author]?
            var tags: [String]?
        }
        struct Author: Encodable { var name: String }
        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var description: String
        var home_page_url: String?
        var feed_url: String?
        var language: String
        var items: [Item]
    }

    private func jsonFeed(folder: String, title: String, items: [Int]) -> String {
        let feed = JSONFeed(
            title: title, description: model.config.description,
            home_page_url: model.config.baseURL.map { $0 + folder },
            feed_url: model.config.baseURL.map { $0 + folder + "feed.json" },
            language: model.config.language,
            items: items.map { index in
                let analysed = model.articles[index]
                let article = analysed.article
                let tags = (article.section.map { [$0] } ?? []) + article.tags
                return JSONFeed.Item(id: id(article), url: link(SitePaths.article(article.slug), from: folder), title: article.title,
                                     summary: analysed.summary.first ?? "", content_text: analysed.summary.joined(separator: " "),
                                     date_published: article.date.map { timestamp($0) },
                                     authors: article.author.map { [JSONFeed.Author(name: $0)] },
                                     tags: tags.isEmpty ? nil : tags)
            })
        return ExtractionRecord.encode(feed) + "\n"
    }
}

/// Identifiers that depend only on their input, for feeds and other places that need one.
enum StableID {
    /// A version-4-shaped UUID from two 64-bit FNV-1a hashes of `text`.
    static func uuid(_ text: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            return hash
        }
        var high = fnv(0xcbf29ce484222325), low = fnv(0x84222325cbf29ce4)
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000           // version 4
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // RFC 4122 variant
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        let h = hex(high, 16), l = hex(low, 16)
        return "\(h.prefix(8))-\(h.dropFirst(8).prefix(4))-\(h.suffix(4))-\(l.prefix(4))-\(l.suffix(12))"
    }
}
