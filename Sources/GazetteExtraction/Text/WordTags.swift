/// The word lists every word of an article is looked up in, merged into one table so that
/// reading an article costs one look-up a word (see `ArticleWords`).
///
/// Built once from `Data/text-stopwords`, `Data/text-junk-phrases`,
/// `Data/text-dependent-openers` and the figure grammar's number words; a missing file leaves its bits unset, which makes the stages less
/// discerning, never wrong.
struct WordTags: Sendable {
    /// Words left out when sentences are compared ("the", "said").
    static let stopword: UInt8 = 1
    /// The longest word of each page-furniture phrase: a sentence without one holds no phrase.
    static let junkTrigger: UInt8 = 2
    /// Number words that can start or scale a figure ("six", "million", "half", "dozens").
    static let numberWord: UInt8 = 4
    /// First words of sentences that lean on the one before ("But", "He", "However").
    static let dependentOpener: UInt8 = 8

    let table: WordIdSet

    static let shared = WordTags.load()

    static func load() -> WordTags {
        let stopwords = (DataFile.lines(named: "text-stopwords") ?? []).map { (WordHasher.id($0), stopword) }
        let triggers = SummaryLexicon.shared.junkPhraseWords.compactMap { words in
            words.max { a, b in a.count != b.count ? a.count < b.count : a > b }.map { (WordHasher.id($0), junkTrigger) }
        }
        let numbers = FigureTrigger.numberWords.map { (WordHasher.id($0), numberWord) }
        let openers = (DataFile.lines(named: "text-dependent-openers") ?? []).map { (WordHasher.id($0), dependentOpener) }
        return WordTags(table: WordIdSet(tagged: stopwords + triggers + numbers + openers))
    }
}
