/// The profiles of an article's first sentences, and their content words (`ArticleWords`).
struct ArticleProfile: Sendable {
    var sentences: [SentenceProfile] = []
    let words: ArticleWords

    /// Profiles the first `count` sentences of an article from their words.
    init(_ sentences: [Sentence], count: Int, words: ArticleWords, lexicon: SummaryLexicon) {
        self.words = words
        let count = min(count, sentences.count, words.sentenceCount)
        self.sentences.reserveCapacity(count)
        for i in 0..<count {
            let facts = words.sentences[i]
            self.sentences.append(sentences[i].withUTF8 { SentenceProfile($0, words: facts, lexicon: lexicon) })
        }
    }

    /// Profiles sentences given as text, in order.
    init(_ texts: [String], lexicon: SummaryLexicon) {
        let sentences = texts.enumerated().map { Sentence(index: $0, paragraph: $0, text: $1, utf8Range: 0..<$1.utf8.count) }
        self.init(sentences, count: sentences.count, words: ArticleWords(sentences), lexicon: lexicon)
    }

    var count: Int { sentences.count }
}
