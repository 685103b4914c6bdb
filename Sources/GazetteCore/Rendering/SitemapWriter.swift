/// `sitemap.xml` (sitemaps.org protocol) and `robots.txt`.
///
/// The protocol wants absolute URLs: with a base URL they are; without one the locations
/// are relative to the site root, which crawlers resolve against the sitemap's own URL.
enum SitemapWriter {
    static func files(pages: [String], model: SiteModel) -> [OutputFile] {
        let base = model.config.baseURL ?? ""
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        var lastModified: [String: String] = [:]
        for analysed in model.articles {
            if let date = analysed.article.date { lastModified[SitePaths.article(analysed.article.slug)] = date.description }
        }
        for page in pages.sorted() where page.hasSuffix(".html") && page != "404.html" {
            let location = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
            xml += "  <url><loc>\(HTMLEscape.escape(base + location))</loc>"
            if let date = lastModified[page] { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        var robots = "User-agent: *\nAllow: /\n"
        if let baseURL = model.config.baseURL, baseURL.hasPrefix("http") { robots += "Sitemap: \(baseURL)sitemap.xml\n" }
        return [OutputFile(path: "sitemap.xml", text: xml), OutputFile(path: "robots.txt", text: robots)]
    }
}
