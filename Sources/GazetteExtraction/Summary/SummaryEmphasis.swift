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
        factor.withUnsafeMutableBufferPointer { factor in
            // Read in place: copying an `Actor` or a `Figure` retains all its arrays and strings.
            actors.withUnsafeBufferPointer { actors in
                best(mainActors, of: actors.indices, by: { a, b in
                    if actors[a].salience != actors[b].salience { return actors[a].salience > actors[b].salience }
                    if actors[a].mentions != actors[b].mentions { return actors[a].mentions > actors[b].mentions }
                    return a < b
                }) { topActors in
                    for a in topActors { addBonus(to: factor, forSentences: actors[a].sentences) }
                }
            }
            figures.withUnsafeBufferPointer { figures in
                best(mainFigures, of: figures.indices.lazy.filter { figures[$0].score > 0 }, by: { a, b in
                    figures[a].score != figures[b].score ? figures[a].score > figures[b].score : a < b
                }) { topFigures in
                    // A sentence holding two main figures gets the bonus once.
                    for (k, f) in topFigures.enumerated() where figures[f].sentence >= 0 && figures[f].sentence < n
                        && !topFigures[..<k].contains(where: { figures[$0].sentence == figures[f].sentence }) {
                        factor[figures[f].sentence] += figureBonus
                    }
                }
            }
        }
        return factor
    }

    /// Adds the actor bonus to each sentence of `sentences` (below the factors' count) once;
    /// `Actor.sentences` is normally ascending, so duplicates are looked for only when it is not.
    @inline(__always) private static func addBonus(to factor: UnsafeMutableBufferPointer<Float>, forSentences sentences: [Int]) {
        let ascending = zip(sentences, sentences.dropFirst()).allSatisfy { $0 < $1 }
        for i in ascending ? sentences : Array(Set(sentences)) where i >= 0 && i < factor.count {
            factor[i] += actorBonus
        }
    }

    /// Calls `body` with the first `count` of `candidates` in the order `precedes` defines,
    /// without sorting them all, kept in a buffer on the stack.
    @inline(__always) static func best<C: Sequence>(_ count: Int, of candidates: C, by precedes: (Int, Int) -> Bool,
                                                    _ body: (UnsafeBufferPointer<Int>) -> Void) where C.Element == Int {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { top in
            var size = 0
            for c in candidates {
                guard size < count || precedes(c, top[size - 1]) else { continue }
                var at = size
                while at > 0, precedes(c, top[at - 1]) { top[at] = top[at - 1]; at -= 1 }
                top[at] = c
                size = min(size + 1, count)
            }
            body(UnsafeBufferPointer(rebasing: top[..<size]))
        }
    }
}
