import Testing
@testable import GazetteExtraction

/// Runs the literate examples of `Fixtures/actors-rules.txt` (the format is described at its top).
@Suite("Actor extraction fixtures")
struct ActorFixtureTests {
    /// An expected actor line: `kind: Name | field: value | ...`.
    struct Expectation {
        var head: String
        var fields: [String: String]

        init(_ line: String) {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            head = parts.first ?? ""
            fields = [:]
            for part in parts.dropFirst() {
                guard let colon = part.firstIndex(of: ":") else { continue }
                fields[String(part[..<colon])] = part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
    }

    static func run(_ input: String) -> [Actor] {
        var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var title = ""
        if let first = lines.first, first.hasPrefix("title: ") {
            title = String(first.dropFirst(7))
            lines.removeFirst()
        }
        let sentences = SentenceSplitter.split(paragraphs: lines.filter { !$0.isEmpty })
        return ActorExtractor.shared.extract(title: title, sentences: sentences)
    }

    @Test("fixture example", arguments: LiterateExample.load("actors-rules.txt"))
    func example(_ example: LiterateExample) {
        let actors = Self.run(example.input)
        let expectations = example.expected.map(Expectation.init)
        let found = actors.map { "\($0.kind.rawValue): \($0.name)" }.sorted()
        #expect(found == expectations.map(\.head).sorted(), "\(example.location)")
        for expectation in expectations {
            guard let actor = actors.first(where: { "\($0.kind.rawValue): \($0.name)" == expectation.head }) else { continue }
            if let aliases = expectation.fields["aliases"] {
                #expect(actor.aliases.joined(separator: ", ") == aliases, "\(example.location) \(expectation.head)")
            }
            if let role = expectation.fields["role"] {
                #expect(actor.roles.contains(role), "\(example.location) \(expectation.head) roles \(actor.roles)")
            }
            if let quotes = expectation.fields["quotes"] {
                #expect(actor.quotes.map(String.init).joined(separator: ", ") == quotes, "\(example.location) \(expectation.head)")
            }
            if let mentions = expectation.fields["mentions"] {
                #expect(String(actor.mentions) == mentions, "\(example.location) \(expectation.head)")
            }
        }
    }

    @Test("the fixture file has examples")
    func fixtureLoads() {
        #expect(LiterateExample.load("actors-rules.txt").count >= 15)
    }
}
