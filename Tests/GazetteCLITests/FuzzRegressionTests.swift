import Foundation
import Testing

/// Every fuzz seed and every input the fuzzer once failed on (`Tests/Fuzz/<target>/`), run again
/// through its target without the fuzzer: a crash or broken invariant fails the suite.
@Suite struct FuzzRegressionTests {
    @Test func everyKeptInputPasses() throws {
        let binary = CLI.binary.deletingLastPathComponent().appendingPathComponent("gazette-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build gazette-fuzz first (swift build --build-tests)")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["replay", CLI.repositoryRoot.appendingPathComponent("Tests/Fuzz").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text.suffix(2_000))")
        let inputs = Int(text.split(separator: "\n").last?.split(separator: " ").dropFirst().first ?? "") ?? 0
        #expect(inputs >= 50, "the seed corpus was not found: \(text.suffix(300))")
    }
}
