import ArgumentParser
import Foundation
import GazetteCore

/// `gazette build`: reads the site and writes Public/.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from Content/, Templates/ and site.yml into Public/."
    )

    @Option(help: "The site folder holding Content/, Templates/ and site.yml.")
    var root: String = "."

    func run() throws {
        throw ExitCode(1)
    }
}
