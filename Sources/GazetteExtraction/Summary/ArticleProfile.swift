/// The profiles of an article's sentences and their content words, in one flat buffer.
struct ArticleProfile: Sendable {
    var sentences: [SentenceProfile] = []
    /// Content word ids of all sentences, sentence after sentence.
    var terms: [UInt64] = []
    /// Sentence `i`'s terms are `terms[termBounds[i]..<termBounds[i + 1]]`.
    var termBounds: [Int] = [0]

    /// Profiles the first `count` sentences of an article from their words.
    init(_ sentences: [Sentence], count: Int, words: ArticleWords, lexicon: SummaryLexicon) {
        let count = min(count, sentences.count)
        self.sentences.reserveCapacity(count)
        termBounds.reserveCapacity(count + 1)
        // Room for every word; stopwords and one-letter words are left out.
        terms = [UInt64](repeating: 0, count: (0..<count).reduce(0) { $0 + words.words(of: $1).count })
        var termCount = 0
        terms.withUnsafeMutableBufferPointer { buffer in
            for i in 0..<count {
                var text = sentences[i].text
                var profile = SentenceProfile()
                text.withUTF8 { profile.read($0, words: words.words(of: i), lexicon: lexicon, terms: buffer, termCount: &termCount) }
                self.sentences.append(profile)
                termBounds.append(termCount)
            }
        }
        terms.removeLast(terms.count - termCount)
    }

    /// Profiles sentences given as text, in order.
    init(_ texts: [String], lexicon: SummaryLexicon) {
        let sentences = texts.enumerated().map { Sentence(index: $0, paragraph: $0, text: $1, utf8Range: 0..<$1.utf8.count) }
        self.init(sentences, count: sentences.count, words: ArticleWords(sentences), lexicon: lexicon)
    }

    var count: Int { sentences.count }

    func terms(of i: Int) -> ArraySlice<UInt64> { terms[termBounds[i]..<termBounds[i + 1]] }
}
