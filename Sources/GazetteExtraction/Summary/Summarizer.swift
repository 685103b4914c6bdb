/// Chooses the summary sentences of an article.
///
/// Extractive: whole sentences, returned in article order. A sentence's score is its
/// centrality in the article's sentence-similarity graph (`CentralityRanker`), times how well
/// it stands alone (`SentenceSuitability`), a gentle lead bonus (news puts the point first)
/// and a bonus for mentioning the article's main actors and key figures (`SummaryEmphasis`).
/// The best sentences are taken greedily, skipping any that repeat one already taken.
public enum Summarizer {
    /// Two sentences more similar than this (cosine of their content words) say the same thing.
    static let duplicateSimilarity: Float = 0.6
    /// The lead bonus of the first sentence; it fades to none at `leadSentences`.
    static let leadBonus: Float = 0.1
    static let leadSentences = 5

    /// Indices (`Sentence.index`) of at most `count` summary sentences, ascending.
    ///
    /// `figures` are the key figures (`FigureRanker`: only scored figures count); `actors` and
    /// `figures` may be empty, and only break near ties. Fewer than `count`
    /// come back when the article has fewer sentences that are not near-duplicates.
    public static func summarize(sentences: [Sentence], actors: [Actor], figures: [Figure], count: Int) -> [Int] {
        summarize(sentences: sentences, words: ArticleWords(sentences), actors: actors, figures: figures, count: count)
    }

    /// As `summarize(sentences:actors:figures:count:)`, with the words of `sentences` read already.
    public static func summarize(sentences: [Sentence], words: ArticleWords, actors: [Actor], figures: [Figure],
                                 count: Int) -> [Int] {
        guard count > 0, !sentences.isEmpty else { return [] }
        let lexicon = SummaryLexicon.shared
        let profiles = ArticleProfile(sentences, count: CentralityRanker.limit, words: words, lexicon: lexicon)
        let (n, weights) = CentralityRanker.similarities(profiles)
        let centrality = CentralityRanker.scores(n: n, weights: weights)
        let emphasis = SummaryEmphasis.factors(sentenceCount: n, actors: actors, figures: figures)

        var scored: [(index: Int, score: Float)] = []
        scored.reserveCapacity(n)
        for i in 0..<n {
            // Sentences come in article order, so a paragraph's other sentences are neighbours.
            let paragraph = sentences[i].paragraph
            let alone = (i == 0 || sentences[i - 1].paragraph != paragraph)
                && (i + 1 == sentences.count || sentences[i + 1].paragraph != paragraph)
            let suitability = SentenceSuitability.factor(profiles.sentences[i], aloneInParagraph: alone)
            guard suitability > 0 else { continue }
            let lead = 1 + leadBonus * max(0, 1 - Float(i) / Float(leadSentences))
            scored.append((i, centrality[i] * suitability * lead * emphasis[i]))
        }

        // Best first (among equal scores, the earlier sentence), taken one at a time rather than
        // sorting them all: a summary needs three or so, seldom many more after skipping repeats.
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        while chosen.count < count, let best = scored.indices.min(by: { a, b in
            scored[a].score != scored[b].score ? scored[a].score > scored[b].score : scored[a].index < scored[b].index
        }) {
            let candidate = scored[best].index
            scored.swapAt(best, scored.count - 1)
            scored.removeLast()
            let repeats = chosen.contains { c in
                weights[c * n + candidate] > duplicateSimilarity || sentences[c].text == sentences[candidate].text
            }
            if !repeats { chosen.append(candidate) }
        }
        if chosen.isEmpty {
            // Nothing stands alone (an article of headings or fragments): the lead is the
            // least surprising summary, page furniture aside.
            chosen = (0..<n).filter { !profiles.sentences[$0].hasJunkPhrase }.prefix(count).map { $0 }
        }
        return chosen.sorted().map { sentences[$0].index }
    }
}
