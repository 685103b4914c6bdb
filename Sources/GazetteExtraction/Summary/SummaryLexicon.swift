/// The word lists the summarizer reads, as word ids (see `WordHasher`); stopwords are
/// among the `WordTags` every word is looked up in.
///
/// Loaded once from `Data/text-dependent-openers` and `Data/text-junk-phrases`; a missing
/// file leaves its list empty, which only makes the summary less discerning, never wrong.
struct SummaryLexicon: Sendable {
    /// First words of sentences that lean on the one before ("But", "He", "However").
    let dependentOpeners: WordIdSet
    /// Word sequences of page furniture ("enable javascript", "getty images").
    let junkPhrases: [[UInt64]]

    static let shared = SummaryLexicon.load()

    static func load() -> SummaryLexicon {
        let openers = (SentenceLexicon.dataLines("text-dependent-openers") ?? []).map { WordHasher.id($0) }
        return SummaryLexicon(dependentOpeners: WordIdSet(openers),
                              junkPhrases: junkPhraseWords().map { $0.map(WordHasher.id) })
    }

    /// The words of each junk phrase.
    static func junkPhraseWords() -> [[String]] {
        (SentenceLexicon.dataLines("text-junk-phrases") ?? []).map { line in
            line.split(separator: " ").map(String.init)
        }.filter { !$0.isEmpty }
    }
}
