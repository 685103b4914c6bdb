/// Score factors for sentences that mention the article's main actors or hold its key figures.
///
/// The summary should name who the article is about and carry its main numbers; these factors
/// are small, so they decide between sentences of similar centrality rather than override it.
enum SummaryEmphasis {
    /// How many of the most salient actors count.
    static let mainActors = 3
    static let actorBonus: Float = 0.05
    /// How many of the highest-scored figures count (the ranked key figures: unranked ones
    /// have no score and count for nothing).
    static let mainFigures = 3
    /// Smaller than the actors' bonus: on the BBC corpus 0.05 cost 0.004 of sentence precision
    /// and 0.01 only breaks ties between sentences of equal centrality.
    static let figureBonus: Float = 0.01

    /// One factor (>= 1) per sentence index below `sentenceCount`.
    static func factors(sentenceCount n: Int, actors: [Actor], figures: [Figure]) -> [Float] {
        var factor = [Float](repeating: 1, count: n)
        // Indices are compared, not the actors themselves: copying an `Actor` retains all its arrays.
        let topActors = best(mainActors, of: actors.indices) { a, b in
            if actors[a].salience != actors[b].salience { return actors[a].salience > actors[b].salience }
            if actors[a].mentions != actors[b].mentions { return actors[a].mentions > actors[b].mentions }
            return a < b
        }
        for a in topActors {
            // Each sentence once per actor; `Actor.sentences` is normally ascending already.
            let sentences = actors[a].sentences
            let ascending = zip(sentences, sentences.dropFirst()).allSatisfy { $0 < $1 }
            for i in ascending ? sentences : Array(Set(sentences)) where i >= 0 && i < n { factor[i] += actorBonus }
        }
        let topFigures = best(mainFigures, of: figures.indices.lazy.filter { figures[$0].score > 0 }) { a, b in
            figures[a].score != figures[b].score ? figures[a].score > figures[b].score : a < b
        }
        var figureSentences: [Int] = []
        for f in topFigures where figures[f].sentence >= 0 && figures[f].sentence < n
            && !figureSentences.contains(figures[f].sentence) {
            figureSentences.append(figures[f].sentence)
        }
        for i in figureSentences { factor[i] += figureBonus }
        return factor
    }

    /// The first `count` of `candidates` in the order `precedes` defines, without sorting them all.
    static func best<C: Sequence>(_ count: Int, of candidates: C, by precedes: (Int, Int) -> Bool) -> [Int]
    where C.Element == Int {
        var top: [Int] = []
        top.reserveCapacity(count + 1)
        for c in candidates {
            guard top.count < count || precedes(c, top[top.count - 1]) else { continue }
            let at = top.firstIndex { precedes(c, $0) } ?? top.count
            top.insert(c, at: at)
            if top.count > count { top.removeLast() }
        }
        return top
    }
}
