import Foundation

/// Moves the changed files of an incremental build into the output, so that a build
/// killed at any point is undone by the next one.
///
/// In `.Public.cache/publish/`: the old output record (`manifest.old`), the plan (which
/// files change, appear and go) and the old versions of the files replaced or removed
/// (`backup/`). The plan is written before the first file moves and removed after the new
/// record is written. A plan found at start-up means a build died in between: if the new
/// record was not written yet, every moved file goes back and the old record returns;
/// otherwise the publish was complete and only the leftovers go.
enum PublishJournal {
    struct Plan: Equatable {
        var changed: [String]
        var added: [String]
        var removed: [String]

        func serialized() -> [UInt8] {
            Array((changed.map { "C \($0)\n" } + added.map { "N \($0)\n" } + removed.map { "D \($0)\n" }).joined().utf8)
        }

        init(changed: [String], added: [String], removed: [String]) {
            self.changed = changed
            self.added = added
            self.removed = removed
        }

        init?(_ bytes: [UInt8]) {
            changed = []; added = []; removed = []
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let path = String(line.dropFirst(2))
                guard line.count > 2, SitePublisher.isSafe(path) else { return nil }
                switch line.first {
                case "C": changed.append(path)
                case "N": added.append(path)
                case "D": removed.append(path)
                default: return nil
                }
            }
        }
    }

    static func apply(_ plan: Plan, manifest: OutputManifest, folders: CacheFolders, output: URL) throws {
        let manager = FileManager.default
        let journal = folders.journal, backup = journal.appendingPathComponent("backup")
        try? manager.removeItem(at: journal)
        try manager.createDirectory(at: backup, withIntermediateDirectories: true)
        if manager.fileExists(atPath: folders.manifest.path) {
            try manager.moveItem(at: folders.manifest, to: journal.appendingPathComponent("manifest.old"))
        }
        try writeAtomically(plan.serialized(), to: journal.appendingPathComponent("plan"))
        do {
            for path in plan.changed + plan.removed where manager.fileExists(atPath: output.path + "/" + path) {
                try move(output.path + "/" + path, to: backup.path + "/" + path)
            }
            for path in plan.changed + plan.added {
                try move(folders.staging.path + "/" + path, to: output.path + "/" + path)
            }
            try writeAtomically(manifest.serialized(), to: folders.manifest)
        } catch {
            try? recover(folders)
            throw error
        }
        try manager.removeItem(at: journal.appendingPathComponent("plan"))
        try? manager.removeItem(at: journal)
        try? manager.removeItem(at: folders.staging)
        removeEmptyFolders(of: plan.removed, in: output)
    }

    /// Undoes or completes a publish a killed build left; does nothing when there is none.
    static func recover(_ folders: CacheFolders) throws {
        let manager = FileManager.default
        let journal = folders.journal, planURL = journal.appendingPathComponent("plan")
        guard let data = manager.contents(atPath: planURL.path) else {
            try? manager.removeItem(at: journal)
            return
        }
        let output = folders.output
        if !manager.fileExists(atPath: folders.manifest.path) {
            guard let plan = Plan([UInt8](data)) else { throw SitePublisher.PublishError.io("the publish journal \(planURL.path) is damaged; remove \(output.path) and build again") }
            let backup = journal.appendingPathComponent("backup")
            for path in plan.added { try? manager.removeItem(atPath: output.path + "/" + path) }
            for path in plan.changed + plan.removed where manager.fileExists(atPath: backup.path + "/" + path) {
                try move(backup.path + "/" + path, to: output.path + "/" + path)
            }
            let old = journal.appendingPathComponent("manifest.old")
            if manager.fileExists(atPath: old.path) { try manager.moveItem(at: old, to: folders.manifest) }
        }
        try manager.removeItem(at: planURL)
        try? manager.removeItem(at: journal)
        try? manager.removeItem(at: folders.staging)
    }

    /// `rename`, creating the destination's folder when needed; replaces a file there.
    private static func move(_ source: String, to destination: String) throws {
        if rename(source, destination) == 0 { return }
        if errno == ENOENT, let slash = destination.lastIndex(of: "/") {
            try FileManager.default.createDirectory(atPath: String(destination[..<slash]), withIntermediateDirectories: true)
            if rename(source, destination) == 0 { return }
        }
        throw SitePublisher.PublishError.io("cannot move \(source) to \(destination): \(String(cString: strerror(errno)))")
    }

    /// Removes the folders that removing `paths` left empty (an actor page gone).
    private static func removeEmptyFolders(of paths: [String], in output: URL) {
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(output.path + "/" + folder) }
    }

    /// Writes a file by writing a temporary one beside it and renaming it over.
    static func writeAtomically(_ bytes: [UInt8], to url: URL) throws {
        let temporary = url.path + ".tmp"
        _ = try SiteWriter.create(temporary, bytes)
        guard rename(temporary, url.path) == 0 else {
            throw SitePublisher.PublishError.io("cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
    }
}
