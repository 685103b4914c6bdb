import Foundation
import Testing
@testable import GazetteCore

/// `JSONWriter` must write exactly what Foundation's `JSONEncoder` writes (sorted keys,
/// unescaped slashes), pretty and compact, for every string.
@Suite("JSON writer")
struct JSONWriterTests {
    struct Sample: Encodable {
        var name: String
        var list: [String]
        var count: Int
        var optional: String?
        var nested: [Inner]
        struct Inner: Encodable { var zeta: String; var alpha: [Int] }

        var json: JSONValue {
            var fields: [(String, JSONValue)] = [
                ("name", .string(name)), ("list", .array(list.map { .string($0) })), ("count", .int(count)),
                ("nested", .array(nested.map { .object([("zeta", .string($0.zeta)), ("alpha", .array($0.alpha.map { .int($0) }))]) })),
            ]
            if let optional { fields.append(("optional", .string(optional))) }
            return .object(fields)
        }
    }

    static let strings = ["", "plain", "quote \" and \\ backslash", "a/b </script>", "tab\there\nnew\r\u{8}\u{C}",
                          "control \u{1}\u{1F}\u{7F}", "Ünïcödé — “curly” ’ and \u{2028} 日本", "emoji 👍🏽"]

    @Test("matches JSONEncoder, pretty and compact", arguments: [true, false])
    func matchesFoundation(pretty: Bool) throws {
        let samples = Self.strings.enumerated().map { offset, text in
            Sample(name: text, list: offset % 2 == 0 ? [] : Self.strings, count: offset - 3, optional: offset % 3 == 0 ? nil : text,
                   nested: offset % 2 == 0 ? [] : [.init(zeta: text, alpha: []), .init(zeta: "", alpha: [1, -2])])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(samples), as: UTF8.self)
        #expect(JSONWriter.encode(.array(samples.map(\.json)), pretty: pretty) == expected)
        let many = Array(repeating: samples, count: 100).flatMap { $0 }
        #expect(JSONWriter.encodeArray(many.map(\.json), pretty: pretty) == String(decoding: try encoder.encode(many), as: UTF8.self),
                "in parallel chunks")
        #expect(JSONWriter.encode(.array([]), pretty: pretty) == String(decoding: try encoder.encode([Sample]()), as: UTF8.self))
    }
}
