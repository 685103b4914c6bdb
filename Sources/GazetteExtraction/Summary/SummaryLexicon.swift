/// The word lists the summarizer reads, as word ids (see `WordHasher`).
///
/// Loaded once from `Data/text-stopwords`, `Data/text-dependent-openers` and
/// `Data/text-junk-phrases`; a missing file leaves its list empty, which only makes the
/// summary less discerning, never wrong.
struct SummaryLexicon: Sendable {
    /// Tag bits of `words`.
    static let stopword: UInt8 = 1, junkTrigger: UInt8 = 2
    /// Stopwords (words left out when sentences are compared) and junk-phrase triggers (the
    /// longest word of each junk phrase: a sentence without any holds no junk phrase), in one
    /// table so each word of an article is looked up once.
    let words: WordIdSet
    /// First words of sentences that lean on the one before ("But", "He", "However").
    let dependentOpeners: WordIdSet
    /// Word sequences of page furniture ("enable javascript", "getty images").
    let junkPhrases: [[UInt64]]

    static let shared = SummaryLexicon.load()

    static func load() -> SummaryLexicon {
        func ids(_ name: String) -> [UInt64] {
            (SentenceLexicon.dataLines(name) ?? []).map { WordHasher.id($0) }
        }
        let phraseWords = (SentenceLexicon.dataLines("text-junk-phrases") ?? []).map { line in
            line.split(separator: " ").map(String.init)
        }.filter { !$0.isEmpty }
        let phrases = phraseWords.map { $0.map(WordHasher.id) }
        let triggers = phraseWords.compactMap { words in
            words.max { a, b in a.count != b.count ? a.count < b.count : a > b }.map(WordHasher.id)
        }
        let tagged = ids("text-stopwords").map { ($0, stopword) } + triggers.map { ($0, junkTrigger) }
        return SummaryLexicon(words: WordIdSet(tagged: tagged), dependentOpeners: WordIdSet(ids("text-dependent-openers")),
                              junkPhrases: phrases)
    }
}
