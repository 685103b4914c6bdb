/// The word lists the summarizer reads, as word ids (see `WordHasher`).
///
/// Loaded once from `Data/text-stopwords`, `Data/text-dependent-openers` and
/// `Data/text-junk-phrases`; a missing file leaves its list empty, which only makes the
/// summary less discerning, never wrong.
struct SummaryLexicon: Sendable {
    /// Words left out when sentences are compared.
    let stopwords: WordIdSet
    /// First words of sentences that lean on the one before ("But", "He", "However").
    let dependentOpeners: WordIdSet
    /// Word sequences of page furniture ("enable javascript", "getty images").
    let junkPhrases: [[UInt64]]
    /// The longest word of every junk phrase (the least common, as a rule): a sentence
    /// without any of these words holds no junk phrase.
    let junkPhraseTriggers: WordIdSet

    static let shared = SummaryLexicon.load()

    static func load() -> SummaryLexicon {
        func ids(_ name: String) -> WordIdSet {
            WordIdSet((SentenceLexicon.dataLines(name) ?? []).map { WordHasher.id($0) })
        }
        let phraseWords = (SentenceLexicon.dataLines("text-junk-phrases") ?? []).map { line in
            line.split(separator: " ").map(String.init)
        }.filter { !$0.isEmpty }
        let phrases = phraseWords.map { $0.map(WordHasher.id) }
        let triggers = phraseWords.compactMap { words in
            words.max { a, b in a.count != b.count ? a.count < b.count : a > b }.map(WordHasher.id)
        }
        return SummaryLexicon(stopwords: ids("text-stopwords"), dependentOpeners: ids("text-dependent-openers"),
                              junkPhrases: phrases, junkPhraseTriggers: WordIdSet(triggers))
    }
}
