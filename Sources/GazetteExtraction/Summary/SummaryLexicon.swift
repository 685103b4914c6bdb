/// The word lists the summarizer reads, as word ids (see `WordHasher`).
///
/// Loaded once from `Data/text-stopwords`, `Data/text-dependent-openers` and
/// `Data/text-junk-phrases`; a missing file leaves its list empty, which only makes the
/// summary less discerning, never wrong.
struct SummaryLexicon: Sendable {
    /// Words left out when sentences are compared.
    let stopwords: Set<UInt64>
    /// First words of sentences that lean on the one before ("But", "He", "However").
    let dependentOpeners: Set<UInt64>
    /// Word sequences of page furniture ("enable javascript", "getty images").
    let junkPhrases: [[UInt64]]

    static let shared = SummaryLexicon.load()

    static func load() -> SummaryLexicon {
        func ids(_ name: String) -> Set<UInt64> {
            Set((SentenceLexicon.dataLines(name) ?? []).map { WordHasher.id($0) })
        }
        let phrases = (SentenceLexicon.dataLines("text-junk-phrases") ?? []).map { line in
            line.split(separator: " ").map { WordHasher.id(String($0)) }
        }.filter { !$0.isEmpty }
        return SummaryLexicon(stopwords: ids("text-stopwords"), dependentOpeners: ids("text-dependent-openers"),
                              junkPhrases: phrases)
    }
}
