import Foundation

/// Runs the built `gazette` binary in a separate process, as a user would.
enum CLI {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (`swift build --build-tests` builds both), or `GAZETTE_BIN`.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["GAZETTE_BIN"] { return URL(fileURLWithPath: path) }
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gazette")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repositoryRoot.appendingPathComponent(".build/debug/gazette")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh copy of the golden fixture site with the default theme, in a temporary folder.
    static func makeSite() throws -> URL {
        let manager = FileManager.default
        let site = manager.temporaryDirectory.appendingPathComponent("gazette-cli-\(UUID().uuidString)")
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        let golden = repositoryRoot.appendingPathComponent("Tests/Fixtures/golden")
        for name in ["Content", "site.yml"] {
            try manager.copyItem(at: golden.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        try manager.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: site.appendingPathComponent("Templates"))
        return site
    }

    /// Every regular file under `folder` as relative path → bytes.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }
}

/// A site folder served by `gazette serve` on a random loopback port. The server stops and
/// the folder is removed when the value is released.
final class ServedSite {
    let site: URL
    private(set) var port: UInt16 = 0
    private var process = Process()

    /// Starts serving `site` and waits (up to `waitSeconds`) until the first build is served.
    /// A server that exits instead (another program holds its port) is started again on
    /// another port, twice at most.
    init(_ site: URL, extraArguments: [String] = [], waitSeconds: Double = 10) throws {
        self.site = site
        for _ in 0..<3 {
            port = UInt16.random(in: 20_000...60_000)
            process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["serve", "--root", site.path, "--port", String(port)] + extraArguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(waitSeconds)
            while process.isRunning, Date() < deadline, (try? HTTP.get(port, "/__gazette/status"))?.status != 200 {
                Thread.sleep(forTimeInterval: 0.1)
            }
            if process.isRunning { return }
        }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    deinit {
        process.terminate()
        for _ in 0..<30 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: site)
    }
}
