/// Chooses the summary sentences of an article.
///
/// Extractive: whole sentences, returned in article order. A sentence's score is its
/// centrality in the article's sentence-similarity graph (`CentralityRanker`), times how well
/// it stands alone (`SentenceSuitability`), a lead bonus for the first sentence (the lede of a news
/// story says what happened; centrality already leans towards early sentences) and a bonus for mentioning the article's main actors and key figures (`SummaryEmphasis`).
/// The best sentences are taken greedily, skipping any that repeat one already taken.
public enum Summarizer {
    /// Two sentences more similar than this (cosine of their content words) say the same thing.
    static let duplicateSimilarity: Float = 0.6
    /// The lead bonus of the first sentence; it fades to none at `leadSentences`. With the
    /// centrality's position bias, 1.0 on the first sentence alone gave ROUGE-2 0.113 on GUM's human
    /// summaries (Lead-3 0.111) and 0.534 on the BBC reference summaries.
    static let leadBonus: Float = 1.0
    static let leadSentences = 1

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
        precondition(words.sentenceCount == sentences.count, "words must be read from these sentences")
        let lexicon = SummaryLexicon.shared
        let (n, weights) = CentralityRanker.similarities(words)
        let centrality = CentralityRanker.scores(n: n, weights: weights)
        let emphasis = SummaryEmphasis.factors(sentenceCount: n, actors: actors, figures: figures)

        /// Sentence `i`'s score given its suitability (or a bound on it).
        func score(_ i: Int, _ suitability: Float) -> Float {
            let lead = 1 + leadBonus * max(0, 1 - Float(i) / Float(leadSentences))
            return centrality[i] * suitability * lead * emphasis[i]
        }
        func profile(_ i: Int) -> SentenceProfile {
            sentences[i].withUTF8 { SentenceProfile($0, words: words.sentences[i], lexicon: lexicon) }
        }

        // Best first (among equal scores, the earlier sentence), taken one at a time rather than
        // sorting them all: a summary needs three or so, seldom many more after skipping repeats.
        // Reading a sentence's profile (quotes, ending, page furniture) costs more than the rest,
        // so a candidate starts with an upper bound of its score (suitability is at most its
        // length factor, known from the word count) and is profiled only when that bound leads;
        // once exact, a leading candidate beats every bound and is the true best.
        var candidates: [(index: Int, score: Float, exact: Bool)] = (0..<n).map { i in
            (i, score(i, SentenceSuitability.ceiling(wordCount: words.sentences[i].wordCount)), false)
        }
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        while chosen.count < count, let best = candidates.indices.min(by: { a, b in
            candidates[a].score != candidates[b].score
                ? candidates[a].score > candidates[b].score : candidates[a].index < candidates[b].index
        }) {
            let candidate = candidates[best].index
            if !candidates[best].exact {
                // Sentences come in article order, so a paragraph's other sentences are neighbours.
                let paragraph = sentences[candidate].paragraph
                let alone = (candidate == 0 || sentences[candidate - 1].paragraph != paragraph)
                    && (candidate + 1 == sentences.count || sentences[candidate + 1].paragraph != paragraph)
                let suitability = SentenceSuitability.factor(profile(candidate), aloneInParagraph: alone)
                if suitability > 0 {
                    candidates[best] = (candidate, score(candidate, suitability), true)
                    continue
                }
            } else {
                // Texts compared last, and by length first: two different sentences seldom have
                // the same length, and comparing strings checks their Unicode normalization.
                let repeats = chosen.contains { c in
                    weights[c * n + candidate] > duplicateSimilarity
                        || (sentences[c].text.utf8.count == sentences[candidate].text.utf8.count
                            && sentences[c].text == sentences[candidate].text)
                }
                if !repeats { chosen.append(candidate) }
            }
            candidates.swapAt(best, candidates.count - 1)
            candidates.removeLast()
        }
        if chosen.isEmpty {
            // Nothing stands alone (an article of headings or fragments): the lead is the
            // least surprising summary, page furniture aside.
            chosen = Array((0..<n).lazy.filter { !profile($0).hasJunkPhrase }.prefix(count))
        }
        // In place: this runs once per article, and an array costs about as much as a sentence.
        chosen.sort()
        for k in chosen.indices { chosen[k] = sentences[chosen[k]].index }
        return chosen
    }
}
