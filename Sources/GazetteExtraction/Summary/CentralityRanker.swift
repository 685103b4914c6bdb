/// How central each sentence is to its article: TextRank over a graph of sentence similarity.
///
/// Sentences are nodes; edges are weighted by the cosine similarity of their content words
/// (`SentenceProfile.similarity`); a sentence's score is its PageRank in that graph, so a
/// sentence ranks high when it shares words with many sentences that themselves rank high
/// (Mihalcea and Tarau 2004; Erkan and Radev's LexRank is the same walk).
/// Cost is quadratic in the number of sentences, so only the first `limit` are ranked.
enum CentralityRanker {
    /// Ranked sentences at most: news puts what matters first, and 120 sentences is several
    /// times a long article.
    static let limit = 120
    static let damping: Float = 0.85

    /// The similarity matrix of the first `limit` profiles, row-major, zero on the diagonal.
    static func similarities(_ profiles: [SentenceProfile]) -> (n: Int, weights: [Float]) {
        let n = min(profiles.count, limit)
        var w = [Float](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let s = SentenceProfile.similarity(profiles[i], profiles[j])
                w[i * n + j] = s
                w[j * n + i] = s
            }
        }
        return (n, w)
    }

    /// PageRank scores of a similarity matrix, scaled so their mean is 1.
    static func scores(n: Int, weights w: [Float]) -> [Float] {
        guard n > 0 else { return [] }
        var outWeight = [Float](repeating: 0, count: n)
        for i in 0..<n {
            var sum: Float = 0
            for j in 0..<n { sum += w[i * n + j] }
            outWeight[i] = sum
        }
        var score = [Float](repeating: 1, count: n)
        var next = [Float](repeating: 0, count: n)
        for _ in 0..<50 {
            for i in 0..<n { next[i] = 0 }
            for j in 0..<n where outWeight[j] > 0 {
                let share = score[j] / outWeight[j]
                for i in 0..<n { next[i] += w[j * n + i] * share }
            }
            var change: Float = 0
            for i in 0..<n {
                let value = (1 - damping) + damping * next[i]
                change += abs(value - score[i])
                score[i] = value
            }
            if change < 1e-4 * Float(n) { break }
        }
        let mean = score.reduce(0, +) / Float(n)
        return mean > 0 ? score.map { $0 / mean } : score
    }
}
