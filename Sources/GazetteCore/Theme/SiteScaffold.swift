/// The files of a new site (`gazette new`): the default theme, `site.yml` and one example
/// article, so the site builds at once.
public enum SiteScaffold {
    public static let siteYAML = """
    # Site settings: every key is optional. See the Gazette README for the full list.
    title: My Gazette
    description: A digest of the news, with its people, places and numbers.
    language: en
    page_size: 20
    summary_sentences: 3
    actor_min_articles: 1
    # base_url: https://example.org/news/

    """

    public static let exampleArticle = """
    ---
    title: Welcome to your Gazette
    date: 2026-01-01
    author: Gazette
    tags: [getting started]
    ---
    This site was made by `gazette new`. Every file under Content/ is an article: Markdown with
    front matter like this one, or plain text as scraped from the web.

    Gazette reads each article and extracts a summary, its key figures and the people,
    organizations and places it mentions, then links every article to them. Replace this
    article with your own and run `gazette build` again.

    """

    /// Relative path → text of every file of a new site.
    public static var files: [(path: String, text: String)] {
        [("site.yml", siteYAML), ("Content/news/welcome.md", exampleArticle)]
            + DefaultTheme.files.map { ("Templates/" + $0.path, $0.text) }
    }
}
