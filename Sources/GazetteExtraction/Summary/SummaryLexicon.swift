/// The page-furniture phrases the summarizer rules out, as word ids (see `WordHasher`);
/// the other word lists it reads are bits of `WordTags`, looked up once per word.
///
/// Loaded once from `Data/text-junk-phrases`; a missing file leaves the list empty, which
/// only makes the summary less discerning, never wrong.
struct SummaryLexicon: Sendable {
    /// Word sequences of page furniture ("enable javascript", "getty images").
    let junkPhrases: [[UInt64]]

    static let shared = SummaryLexicon(junkPhrases: junkPhraseWords().map { $0.map(WordHasher.id) })

    /// The words of each junk phrase.
    static func junkPhraseWords() -> [[String]] {
        (SentenceLexicon.dataLines("text-junk-phrases") ?? []).map { line in
            line.split(separator: " ").map(String.init)
        }.filter { !$0.isEmpty }
    }
}
