/// Reads a plain-text article as scraped from the web.
///
/// - Junk lines (see `JunkFilter`) are dropped and reported, so `--verbose` can list them.
/// - Paragraphs are blocks separated by blank lines; a block whose lines are all long
///   is one paragraph per line (scrapers write one paragraph a line without blank lines).
/// - The title is the first line when it reads as a headline; otherwise it is derived
///   from the lead sentence by `TitleDeriver`.
public enum PlainTextParser {
    public struct Result: Sendable, Equatable {
        public var title: String
        /// True when the title was derived from the lead rather than written as a headline.
        public var titleWasDerived: Bool
        public var paragraphs: [String]
        /// Removed junk lines with their 1-based line numbers.
        public var removedLines: [(line: Int, text: String)]

        public static func == (a: Result, b: Result) -> Bool {
            a.title == b.title && a.titleWasDerived == b.titleWasDerived && a.paragraphs == b.paragraphs
                && a.removedLines.map(\.line) == b.removedLines.map(\.line)
        }
    }

    public static func parse(_ text: String) -> Result {
        var removed: [(line: Int, text: String)] = []
        // Blocks of consecutive kept lines; blank lines and junk lines separate them.
        var blocks: [[String]] = [[]]
        // Split on the newline byte: splitting on Characters would segment every grapheme of the text.
        for (number, raw) in text.utf8.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            let line = Substring(raw).trimmingSpaces()
            if line.isEmpty {
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
            } else if JunkFilter.isJunk(line) {
                removed.append((number + 1, line))
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        blocks.removeAll { $0.isEmpty }

        var paragraphs: [String] = []
        for block in blocks {
            if block.count > 1 && isHardWrapped(block) {
                paragraphs.append(block.joined(separator: " "))
            } else {
                paragraphs.append(contentsOf: block)
            }
        }

        if let first = paragraphs.first, paragraphs.count > 1, looksLikeHeadline(first) {
            return Result(title: first, titleWasDerived: false, paragraphs: Array(paragraphs.dropFirst()), removedLines: removed)
        }
        return Result(title: TitleDeriver.title(fromLead: paragraphs.first ?? ""), titleWasDerived: true,
                      paragraphs: paragraphs, removedLines: removed)
    }

    /// A headline is short and does not end like a sentence.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 1, words <= 16, line.count <= 120 else { return false }
        guard let last = line.last else { return false }
        return !".,;:".contains(last)
    }

    /// Text wrapped at a fixed width: every line but the last is 50-100 characters long.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        lines.dropLast().allSatisfy { (50...100).contains($0.count) }
    }
}

/// Derives a title from an article's lead when the text has no headline.
public enum TitleDeriver {
    /// The lead's first clause, if it is a readable length; otherwise its first words.
    ///
    /// "The United States is still pushing for a cease-fire deal between Israel and the
    /// militant group Hamas, U.S. Secretary of State Antony Blinken said Thursday..." becomes
    /// "The United States is still pushing for a cease-fire deal between Israel and the militant group Hamas".
    public static func title(fromLead lead: String, maxWords: Int = 20) -> String {
        let words = lead.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return "Untitled" }
        var clause: [Substring] = []
        for word in words {
            clause.append(word)
            if let last = word.last, ",;:.!?".contains(last), clause.count >= 4 { break }
            if word == "—" || word == "–" || word == "-" { clause.removeLast(); if clause.count >= 4 { break } }
        }
        if clause.count > maxWords {
            clause = Array(clause.prefix(maxWords))
            return strip(clause.joined(separator: " ")) + "…"
        }
        return strip(clause.joined(separator: " "))
    }

    private static func strip(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, ",;:.—–-".contains(last) { result = result.dropLast() }
        return String(result)
    }
}
