/// The page-furniture phrases the summarizer rules out, as word ids (see `WordHasher`);
/// the other word lists it reads are bits of `WordTags`, looked up once per word.
///
/// Loaded once from `Data/text-junk-phrases`; a missing file leaves the list empty, which
/// only makes the summary less discerning, never wrong. A class, so handing it to the profile
/// of every sentence passes one reference rather than retaining each of its lists.
final class SummaryLexicon: Sendable {
    /// The words of each page-furniture phrase ("enable javascript", "getty images"), as
    /// written in the data file (`WordTags` marks the longest word of each).
    let junkPhraseWords: [[String]]
    /// The same phrases as word ids.
    let junkPhrases: [[UInt64]]

    init(junkPhraseWords: [[String]], junkPhrases: [[UInt64]]) {
        self.junkPhraseWords = junkPhraseWords
        self.junkPhrases = junkPhrases
    }

    static let shared: SummaryLexicon = {
        let words = (DataFile.lines(named: "text-junk-phrases") ?? []).map { line in
            line.split(separator: " ").map(String.init)
        }.filter { !$0.isEmpty }
        return SummaryLexicon(junkPhraseWords: words, junkPhrases: words.map { $0.map(WordHasher.id) })
    }()
}
