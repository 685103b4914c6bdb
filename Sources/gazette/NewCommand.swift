import ArgumentParser
import Foundation
import GazetteCore

/// `gazette new DIR`: a new site with the default theme and one example article.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new site (Content/, Templates/, site.yml and an example article) that builds at once."
    )

    @Argument(help: "The folder to create; it must not exist or must be empty.")
    var directory: String

    func run() throws {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: directory)
        if let existing = try? manager.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
            printError("\(directory): error: folder exists and is not empty; choose a new folder")
            throw ExitCode(1)
        }
        do {
            for file in SiteScaffold.files {
                let url = root.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
            try manager.createDirectory(at: root.appendingPathComponent("Public"), withIntermediateDirectories: true)
        } catch {
            printError("\(directory): error: cannot create the site: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Created a new site in \(directory). Next:\n  cd \(directory)\n  gazette build\n  python3 -m http.server -d Public")
    }
}
