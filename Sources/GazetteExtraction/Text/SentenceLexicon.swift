import Foundation

/// The word lists the sentence splitter consults at an ambiguous period.
///
/// Loaded once from `Data/text-abbreviations` and `Data/text-sentence-starters`; when a file
/// is missing, a small built-in core keeps the common cases ("Mr.", "U.S. The") right.
struct SentenceLexicon: Sendable {
    /// How an abbreviation's period behaves.
    enum AbbreviationKind: Sendable {
        /// Always followed by a name ("Mr.", "Dr."): never a sentence end.
        case title
        /// Never a sentence end before a digit ("No. 10", "Jan. 5"); otherwise like a word.
        case number
        /// A sentence end only when a usual opener follows ("Inc. The").
        case abbreviation
    }

    /// Lower-cased abbreviations without their final period. `ShortWord` keys: the splitter
    /// looks one up at most periods, and making a `String` of each word cost more than the rest.
    let abbreviations: ShortWordTable<AbbreviationKind>
    /// Lower-cased words that usually open a sentence.
    let starters: ShortWordSet

    /// The lexicon of the bundled data files, loaded on first use.
    static let shared = SentenceLexicon.load()

    static func load() -> SentenceLexicon {
        var abbreviations = ShortWordTable<AbbreviationKind>()
        for line in DataFile.lines(named: "text-abbreviations") ?? fallbackAbbreviations {
            let parts = line.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else { continue }
            let kind: AbbreviationKind
            switch parts[0] {
            case "title": kind = .title
            case "number": kind = .number
            default: kind = .abbreviation
            }
            abbreviations[parts[1].lowercased()] = kind
        }
        let starters = ShortWordSet((DataFile.lines(named: "text-sentence-starters") ?? fallbackStarters).map { ShortWord($0.lowercased()) })
        return SentenceLexicon(abbreviations: abbreviations, starters: starters)
    }

    static let fallbackAbbreviations = ["title mr", "title mrs", "title ms", "title dr", "title prof", "title st",
                                        "number no", "number jan", "number feb", "number aug", "number sept",
                                        "number oct", "number nov", "number dec", "abbr inc", "abbr ltd",
                                        "abbr corp", "abbr co", "abbr jr", "abbr etc", "abbr vs"]
    static let fallbackStarters = ["a", "an", "the", "he", "she", "it", "they", "we", "i", "this", "that", "but",
                                   "and", "in", "however", "there", "his", "her", "its", "their"]
}
