import Foundation
import Testing
@testable import GazetteCore

@Suite("Default theme")
struct DefaultThemeTests {
    @Test("the theme embedded for `gazette new` is exactly Templates/ (run `make theme` after editing it)")
    func embeddedThemeMatchesTemplates() {
        let onDisk = TestSupport.tree(TestSupport.defaultTheme).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
        let embedded = Dictionary(uniqueKeysWithValues: DefaultTheme.files.map { ($0.path, Array($0.text.utf8)) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted())
        for (path, bytes) in onDisk where embedded[path] != bytes {
            Issue.record("Templates/\(path) differs from the embedded theme; run `make theme`")
        }
    }
}
