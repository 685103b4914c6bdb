import Foundation
import Testing
@testable import GazetteCore

@Suite("Error descriptions")
struct ErrorDescriptionTests {
    @Test("a Foundation error reads as the system's reason, not as an NSError dump")
    func foundationErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-missing-\(UUID().uuidString)/deeper")
        do {
            try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
            Issue.record("writing into a missing folder should fail")
        } catch {
            let text = ErrorDescription.of(error)
            #expect(text == "No such file or directory")
            #expect(!text.contains("Domain") && !text.contains("UserInfo"))
        }
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 513,
                              userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))])
        #expect(ErrorDescription.of(wrapped) == "Permission denied")
    }
}
