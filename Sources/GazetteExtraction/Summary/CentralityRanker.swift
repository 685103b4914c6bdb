/// How central each sentence is to its article: TextRank over a graph of sentence similarity.
///
/// Sentences are nodes; edges are weighted by the cosine similarity of their content words
/// (`similarities`); a sentence's score is its PageRank in that graph, so a
/// sentence ranks high when it shares words with many sentences that themselves rank high
/// (Mihalcea and Tarau 2004; Erkan and Radev's LexRank is the same walk).
/// Cost is quadratic in the number of sentences, so only the first `limit` are ranked.
enum CentralityRanker {
    /// Ranked sentences at most: news puts what matters first, and 120 sentences is several
    /// times a long article.
    static let limit = 120
    static let damping: Float = 0.85
    /// The walk stops when scores move less than this on average (scores average 1), or after
    /// `maxIterations`: the ranking settles long before the scores do (on the BBC corpus the
    /// summaries after 5 and after 30 iterations are the same).
    static let tolerance: Float = 1e-3
    static let maxIterations = 6

    /// The cosine similarities of the content words of the first `limit` sentences, as a
    /// row-major matrix with zeros on the diagonal (repeated words count once).
    ///
    /// Counts shared terms through an inverted index built in one pass (a hash table from
    /// term to the sentences seen with it), so the cost follows the pairs of sentences that
    /// share a word, not all pairs times sentence length, and nothing is sorted.
    static func similarities(_ profiles: ArticleProfile) -> (n: Int, weights: [Float]) {
        let n = min(profiles.count, limit)
        var w = [Float](repeating: 0, count: n * n)
        guard n > 1 else { return (n, w) }
        let bounds = profiles.words.termStarts, terms = profiles.words.terms
        let total = bounds[n]
        var capacity = 64
        while capacity < total * 2 { capacity *= 2 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)  // 0: empty (a term id of 0 is stored as 1)
        var heads = [Int32](repeating: -1, count: capacity)  // newest posting of the term
        var postingSentence = [Int32](repeating: 0, count: total)
        var postingNext = [Int32](repeating: -1, count: total)
        var postings = 0
        var distinct = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let sentence = Int32(i)
            for t in bounds[i]..<bounds[i + 1] {
                let term = terms[t]
                let key = term == 0 ? 1 : term
                var slot = Int(truncatingIfNeeded: key) & mask
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                keys[slot] = key
                var node = heads[slot]
                if node >= 0 && postingSentence[Int(node)] == sentence { continue }  // repeated in this sentence
                distinct[i] += 1
                while node >= 0 {
                    w[Int(postingSentence[Int(node)]) * n + i] += 1
                    node = postingNext[Int(node)]
                }
                postingSentence[postings] = sentence
                postingNext[postings] = heads[slot]
                heads[slot] = Int32(postings)
                postings += 1
            }
        }
        // Shared counts are in the upper triangle: turn them into cosines on both sides.
        let norm = distinct.map { $0 == 0 ? Float(0) : 1 / Float($0).squareRoot() }
        for i in 0..<n {
            for j in (i + 1)..<n where w[i * n + j] > 0 {
                let s = w[i * n + j] * norm[i] * norm[j]
                w[i * n + j] = s
                w[j * n + i] = s
            }
        }
        return (n, w)
    }

    /// PageRank scores of a similarity matrix, scaled so their mean is 1.
    static func scores(n: Int, weights w: [Float]) -> [Float] {
        guard n > 0 else { return [] }
        // Row j of `transition` spreads sentence j's score over its neighbours by weight.
        var transition = w
        transition.withUnsafeMutableBufferPointer { t in
            for j in 0..<n {
                var sum: Float = 0
                for i in 0..<n { sum += t[j * n + i] }
                guard sum > 0 else { continue }
                let scale = 1 / sum
                for i in 0..<n { t[j * n + i] *= scale }
            }
        }
        var score = [Float](repeating: 1, count: n)
        var next = [Float](repeating: 0, count: n)
        transition.withUnsafeBufferPointer { t in
            score.withUnsafeMutableBufferPointer { score in
                next.withUnsafeMutableBufferPointer { next in
                    for _ in 0..<maxIterations {
                        for i in 0..<n { next[i] = 0 }
                        for j in 0..<n {
                            let share = score[j]
                            let row = j * n
                            for i in 0..<n { next[i] += t[row &+ i] * share }
                        }
                        var change: Float = 0
                        for i in 0..<n {
                            let value = (1 - damping) + damping * next[i]
                            change += abs(value - score[i])
                            score[i] = value
                        }
                        if change < tolerance * Float(n) { break }
                    }
                }
            }
        }
        let mean = score.reduce(0, +) / Float(n)
        return mean > 0 ? score.map { $0 / mean } : score
    }
}
