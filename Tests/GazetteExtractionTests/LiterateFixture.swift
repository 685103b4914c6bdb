import Foundation
import Testing

/// One example of a literate fixture file: an input, a `.` line, the expected output.
///
/// Fixture files are Markdown prose with examples in fenced blocks, in the style of
/// cmark's spec.txt:
///
///     ```example
///     Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo.
///     .
///     person: Antony Blinken
///     place: Cairo
///     ```
///
/// Everything outside the fences is commentary for the reader.
struct LiterateExample: CustomTestStringConvertible, Sendable {
    /// The fixture file's name and the 1-based line of the example's opening fence.
    let location: String
    /// The heading the example sits under, to name the rule it checks.
    let section: String
    let input: String
    /// The expected lines, without trailing blanks.
    let expected: [String]

    var testDescription: String { "\(location) \(section)" }

    /// Loads every example of `Fixtures/<name>`, in file order.
    static func load(_ name: String) -> [LiterateExample] {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return parse(text, file: name)
    }

    /// Parses the examples of a fixture file's text.
    static func parse(_ text: String, file: String) -> [LiterateExample] {
        var examples: [LiterateExample] = []
        var section = ""
        var input: [String] = []
        var expected: [String] = []
        var state = 0  // 0 prose, 1 input, 2 expected
        var startLine = 0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch state {
            case 0:
                if line.hasPrefix("#") { section = line.drop(while: { $0 == "#" || $0 == " " }).description }
                if line == "```example" { state = 1; input = []; expected = []; startLine = number + 1 }
            case 1:
                if line == "." { state = 2 } else { input.append(String(line)) }
            default:
                if line == "```" {
                    examples.append(LiterateExample(location: "\(file):\(startLine)", section: section,
                                                    input: input.joined(separator: "\n"),
                                                    expected: expected.filter { !$0.isEmpty }))
                    state = 0
                } else {
                    expected.append(String(line))
                }
            }
        }
        return examples
    }
}
