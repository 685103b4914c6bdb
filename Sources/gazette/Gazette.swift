import ArgumentParser
import GazetteCore

/// The `gazette` command: builds a news digest site from a folder of articles.
@main
struct Gazette: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Build a cross-linked news digest site from a folder of articles.",
        discussion: """
        Reads Content/ (Markdown with YAML front matter, or scraped plain text), Templates/ (Mustache) \
        and site.yml, extracts each article's summary, key figures and actors, and writes the site to Public/.
        """,
        version: GazetteVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ExtractCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}
