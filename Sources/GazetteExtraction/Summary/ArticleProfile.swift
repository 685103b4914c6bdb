/// The profiles of an article's sentences and their content words, in one flat buffer.
struct ArticleProfile: Sendable {
    var sentences: [SentenceProfile] = []
    /// Content word ids of all sentences, sentence after sentence.
    var terms: [UInt64] = []
    /// Sentence `i`'s terms are `terms[termBounds[i]..<termBounds[i + 1]]`.
    var termBounds: [Int] = [0]

    /// Profiles `texts` in order.
    init<C: Collection>(_ texts: C, lexicon: SummaryLexicon) where C.Element == String {
        sentences.reserveCapacity(texts.count)
        termBounds.reserveCapacity(texts.count + 1)
        // A content word takes at least two bytes and a separator: room for all of them.
        terms = [UInt64](repeating: 0, count: texts.reduce(0) { $0 + $1.utf8.count / 3 + 1 })
        var scratch: [UInt64] = []
        var termCount = 0
        terms.withUnsafeMutableBufferPointer { buffer in
            for text in texts {
                var text = text
                var profile = SentenceProfile()
                text.withUTF8 { profile.read($0, lexicon: lexicon, terms: buffer, termCount: &termCount, scratch: &scratch) }
                sentences.append(profile)
                termBounds.append(termCount)
            }
        }
        terms.removeLast(terms.count - termCount)
    }

    var count: Int { sentences.count }

    func terms(of i: Int) -> ArraySlice<UInt64> { terms[termBounds[i]..<termBounds[i + 1]] }
}
