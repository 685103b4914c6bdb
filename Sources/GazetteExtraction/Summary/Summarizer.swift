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
    /// `actors` and `figures` may be empty; they only break near ties.
    public static func summarize(sentences: [Sentence], actors: [Actor], figures: [Figure], count: Int) -> [Int] {
        guard count > 0, !sentences.isEmpty else { return [] }
        let lexicon = SummaryLexicon.shared
        let profiles = ArticleProfile(sentences.prefix(CentralityRanker.limit).lazy.map(\.text), lexicon: lexicon)
        let (n, weights) = CentralityRanker.similarities(profiles)
        let centrality = CentralityRanker.scores(n: n, weights: weights)
        let emphasis = SummaryEmphasis.factors(sentenceCount: n, actors: actors, figures: figures)

        // Sentences per paragraph (paragraph numbers are small and ascending).
        var perParagraph = [Int](repeating: 0, count: (sentences.map(\.paragraph).max() ?? 0) + 1)
        for s in sentences where s.paragraph >= 0 { perParagraph[s.paragraph] += 1 }

        var scored: [(index: Int, score: Float)] = []
        for i in 0..<n {
            let suitability = SentenceSuitability.factor(profiles.sentences[i], text: sentences[i].text,
                                                         aloneInParagraph: sentences[i].paragraph >= 0 && perParagraph[sentences[i].paragraph] == 1,
                                                         lexicon: lexicon)
            guard suitability > 0 else { continue }
            let lead = 1 + leadBonus * max(0, 1 - Float(i) / Float(leadSentences))
            scored.append((i, centrality[i] * suitability * lead * emphasis[i]))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }

        var chosen: [Int] = []
        for candidate in scored where chosen.count < count {
            let repeats = chosen.contains { c in
                weights[c * n + candidate.index] > duplicateSimilarity || sentences[c].text == sentences[candidate.index].text
            }
            if !repeats { chosen.append(candidate.index) }
        }
        return chosen.sorted().map { sentences[$0].index }
    }
}
