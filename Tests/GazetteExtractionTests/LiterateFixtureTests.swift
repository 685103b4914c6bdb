import Testing
@testable import GazetteExtraction

@Suite("Literate fixture format")
struct LiterateFixtureTests {
    @Test("parses input, dot line and expected lines, naming the section")
    func parsesExamples() {
        let text = "# Rule one\n\n```example\nHello there.\n.\nout: 1\n\n```\nprose\n```example\nA\nB\n.\n```\n"
        let examples = LiterateExample.parse(text, file: "f.txt")
        #expect(examples.count == 2)
        #expect(examples[0].section == "Rule one")
        #expect(examples[0].input == "Hello there.")
        #expect(examples[0].expected == ["out: 1"])
        #expect(examples[1].input == "A\nB")
        #expect(examples[1].expected.isEmpty)
        #expect(examples[0].location == "f.txt:3")
    }
}
