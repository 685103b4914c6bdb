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
    /// Each term gets a dense index in one pass over a hash table; each sentence becomes a
    /// bitset of its terms, so the words two sentences share are a population count of the
    /// AND of their rows: a few machine words per pair, with no pointer chasing.
    static func similarities(_ profiles: ArticleProfile) -> (n: Int, weights: [Float]) {
        let n = min(profiles.count, limit)
        var w = [Float](repeating: 0, count: n * n)
        guard n > 1 else { return (n, w) }
        let terms = profiles.words.terms, bounds = profiles.words.termStarts
        let total = bounds[n]
        var capacity = 64
        while capacity < total * 2 { capacity *= 2 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)  // 0: empty (a term id of 0 is stored as 1)
        var slotIndex = [Int32](repeating: 0, count: capacity)
        var dense = [Int32](repeating: 0, count: total)
        var distinctTerms: Int32 = 0
        for t in 0..<total {
            let term = terms[t]
            let key = term == 0 ? 1 : term
            var slot = Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = key
                slotIndex[slot] = distinctTerms
                distinctTerms += 1
            }
            dense[t] = slotIndex[slot]
        }
        let rowWords = (Int(distinctTerms) + 63) / 64
        var rows = [UInt64](repeating: 0, count: n * rowWords)
        var norm = [Float](repeating: 0, count: n)
        rows.withUnsafeMutableBufferPointer { rows in
            for i in 0..<n {
                let row = i * rowWords
                for t in bounds[i]..<bounds[i + 1] {
                    let d = Int(dense[t])
                    rows[row + d >> 6] |= 1 << UInt64(d & 63)
                }
                var distinct = 0
                for k in 0..<rowWords { distinct += rows[row + k].nonzeroBitCount }
                norm[i] = distinct == 0 ? 0 : 1 / Float(distinct).squareRoot()
            }
            w.withUnsafeMutableBufferPointer { w in
                for i in 0..<n where norm[i] > 0 {
                    for j in (i + 1)..<n where norm[j] > 0 {
                        var shared = 0
                        for k in 0..<rowWords { shared += (rows[i * rowWords + k] & rows[j * rowWords + k]).nonzeroBitCount }
                        guard shared > 0 else { continue }
                        let s = Float(shared) * norm[i] * norm[j]
                        w[i * n + j] = s
                        w[j * n + i] = s
                    }
                }
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
