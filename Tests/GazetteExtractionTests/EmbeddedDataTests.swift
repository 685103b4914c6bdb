import Foundation
import Testing
@testable import GazetteExtraction

/// The binary carries the extraction data in `EmbeddedData.swift`; `Data/` is where it is edited.
@Suite("Embedded data")
struct EmbeddedDataTests {
    @Test("the embedded data files are exactly Data/ (run `make data` after editing one)")
    func embeddedMatchesDataFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/GazetteExtraction/Data")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") && $0 != "README.txt" }
        #expect(Set(EmbeddedData.files.keys) == Set(names))
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(EmbeddedData.files[name] == text, "\(name) differs from its embedded copy")
        }
    }
}
