import Foundation
import Testing

/// Builds killed at random points, and builds started together: the output folder is
/// never left half-published, and the next build is byte-identical to a clean one.
@Suite("Killed and concurrent builds")
struct KilledBuildTests {
    /// The demo site (47 articles): big enough that a kill lands in every stage.
    static func makeDemoSite() throws -> URL {
        let manager = FileManager.default
        let site = manager.temporaryDirectory.appendingPathComponent("gazette-kill-\(UUID().uuidString)")
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        for name in ["Content", "Templates", "site.yml"] {
            try manager.copyItem(at: CLI.repositoryRoot.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        return site
    }

    /// The output a build with no cache makes of the site as it is now.
    static func cleanTree(_ site: URL) throws -> [String: Data] {
        let output = site.appendingPathComponent("Clean")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: site.appendingPathComponent(".Clean.cache"))
        }
        #expect(try CLI.run(["build", "--root", site.path, "--output", output.path, "--quiet"]).status == 0)
        return CLI.tree(output)
    }

    static func startBuild(_ site: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["build", "--root", site.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("a build killed at a random point leaves the output as it was or complete, and the next build is clean")
    func killLoop() throws {
        let site = try Self.makeDemoSite()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CLI.run(["build", "--root", site.path, "--quiet"]).status == 0)
        let output = site.appendingPathComponent("Public"), plan = site.appendingPathComponent(".Public.cache/publish/plan")
        var generator = SplitMix(seed: 20261206)
        let article = site.appendingPathComponent("Content/world/000_6452979b9c1d7f1f.txt")
        for round in 0..<8 {
            let before = CLI.tree(output)
            let text = try String(contentsOf: article, encoding: .utf8)
            try (text + "\nRound \(round): Antony Blinken met 4\(round) officials in Cairo.\n").write(to: article, atomically: true, encoding: .utf8)
            let build = try Self.startBuild(site)
            usleep(UInt32(generator.next() % 900_000))
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            let after = CLI.tree(output)
            let clean = try Self.cleanTree(site)
            #expect(after == before || after == clean || FileManager.default.fileExists(atPath: plan.path),
                    "round \(round): the output is the old site, the new one, or a publish the next build undoes")
            #expect(try CLI.run(["build", "--root", site.path, "--quiet"]).status == 0)
            #expect(CLI.tree(output) == clean, "round \(round): the build after the kill equals a clean build")
        }
    }

    /// A kill while the cache is written leaves a `.tmp` file beside the old one; a torn write on a
    /// crashed machine could leave a cache file cut short or garbled. Either way the next build must
    /// succeed and equal a clean one: a damaged cache is a cache miss, never an error or wrong output.
    @Test("a cache file cut short, garbled or left half-written is read as a miss, and the build is clean")
    func damagedCache() throws {
        let site = try Self.makeDemoSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let cache = site.appendingPathComponent(".Public.cache"), output = site.appendingPathComponent("Public")
        var generator = SplitMix(seed: 6122026)
        let article = site.appendingPathComponent("Content/politics/001.txt")
        for round in 0..<6 {
            #expect(try CLI.run(["build", "--root", site.path, "--quiet"]).status == 0)
            let files = (try FileManager.default.subpathsOfDirectory(atPath: cache.path)).sorted().filter { name in
                var isDirectory: ObjCBool = false
                return name != "lock" && FileManager.default.fileExists(atPath: cache.appendingPathComponent(name).path, isDirectory: &isDirectory)
                    && !isDirectory.boolValue
            }
            try #require(files.count >= 2, "the cache holds the manifest and the analysis shards")
            // Damage a third of the cache files, each in one of three ways.
            for name in files where generator.next() % 3 == 0 {
                let url = cache.appendingPathComponent(name)
                var bytes = [UInt8](try Data(contentsOf: url))
                switch (generator.next() % 3, bytes.count) {
                case (0, let count) where count > 0: bytes.removeLast(Int(generator.next() % UInt64(count)) + 1)
                case (1, let count) where count > 0:
                    for _ in 0..<8 { bytes[Int(generator.next() % UInt64(count))] ^= UInt8(truncatingIfNeeded: generator.next() | 1) }
                default: try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: url.path + ".tmp"))
                }
                try Data(bytes).write(to: url)
            }
            let text = try String(contentsOf: article, encoding: .utf8)
            try (text + "\nRound \(round): the Treasury said 1\(round) banks would pay.\n").write(to: article, atomically: true, encoding: .utf8)
            let result = try CLI.run(["build", "--root", site.path, "--quiet"])
            #expect(result.status == 0, "round \(round): \(result.stderr)")
            let built = CLI.tree(output), clean = try Self.cleanTree(site)
            let differing = Set(built.keys).union(clean.keys).filter { built[$0] != clean[$0] }.sorted()
            #expect(differing.isEmpty, "round \(round): the build after the damage equals a clean build; differs: \(differing.prefix(5))")
        }
    }

    @Test("two builds started at once both succeed, one after the other, and the output is whole")
    func concurrentBuilds() throws {
        let site = try Self.makeDemoSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try Self.startBuild(site), second = try Self.startBuild(site)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        #expect(CLI.tree(site.appendingPathComponent("Public")) == (try Self.cleanTree(site)))
    }
}

/// A small deterministic generator, so a failing round can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
