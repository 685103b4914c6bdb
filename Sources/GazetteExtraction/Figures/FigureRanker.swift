/// Chooses the key figures of an article: the few a digest reader most needs.
///
/// News puts its main numbers first (the inverted pyramid): the lead's money, counts and
/// percentages, and the numbers the article comes back to. So a figure's score adds up
/// general cues only: what kind of quantity it is, how early it comes, whether it is repeated,
/// whether its unit echoes the title, and penalties for the figures that merely give context
/// (ages, conversions in parentheses, vague amounts, small durations, bare numbers).
public enum FigureRanker {
    /// The key figures, most important first: up to `maximum`, and down to `minimum` only when
    /// the rest look like context rather than news. Figures with the same value and unit are
    /// shown once (the first), with the repetitions adding to its score.
    public static func keyFigures(_ figures: [Figure], sentences: [Sentence]) -> [Figure] {
        keyFigures(figures, sentences: sentences, title: "")
    }

    /// As `keyFigures(_:sentences:)`, using the article title as a cue.
    public static func keyFigures(_ figures: [Figure], sentences: [Sentence], title: String,
                                  minimum: Int = 3, maximum: Int = 6) -> [Figure] {
        let titleWords = FigureCues.wordIds(of: title)
        // Repetitions found by a linear search: an article has a few dozen figures at most, and
        // comparing values first avoids hashing every unit string. Figures are handled by
        // index: copying one retains its strings.
        var firsts: [Int] = [], repeats: [Int] = []
        firsts.reserveCapacity(figures.count)
        repeats.reserveCapacity(figures.count)
        for i in figures.indices {
            if let g = firsts.firstIndex(where: { FigureCues.isSame($0, i, in: figures) }) {
                repeats[g] += 1
            } else {
                firsts.append(i)
                repeats.append(0)
            }
        }
        let ranks = moneyRanks(figures, at: firsts)
        let scores = firsts.indices.map { g in
            let f = figures[firsts[g]]
            guard f.sentence >= 0 && f.sentence < sentences.count else {
                return FigureCues.score(f, sentenceText: "", repeats: repeats[g], titleWords: titleWords, moneyRank: ranks[g])
            }
            return sentences[f.sentence].withUTF8 { bytes in
                FigureCues.score(f, sentence: bytes, repeats: repeats[g], titleWords: titleWords, moneyRank: ranks[g])
            }
        }
        // Best first; among equals, the earlier figure.
        let order = firsts.indices.sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
        var result: [Figure] = []
        result.reserveCapacity(min(maximum, order.count))
        for g in order where result.count < maximum {
            if scores[g] < FigureCues.floor { break }
            if result.count >= minimum && scores[g] < FigureCues.contextThreshold { break }
            var f = figures[firsts[g]]
            f.score = scores[g]
            result.append(f)
        }
        return result
    }

    /// Each money figure's place among the amounts of its currency (0 smallest, 1 largest),
    /// when the article has at least three of them; nil otherwise. Only the figures at
    /// `indices` count, and the result follows their order. An article has a handful of amounts,
    /// so each is compared with all of them rather than grouped by currency in a dictionary.
    static func moneyRanks(_ figures: [Figure], at indices: [Int]) -> [Double?] {
        let money = indices.filter { figures[$0].kind == .money }
        guard money.count >= 3 else { return [Double?](repeating: nil, count: indices.count) }
        return indices.map { i in
            guard figures[i].kind == .money else { return nil }
            var count = 0, below = 0
            for j in money where figures[j].unit == figures[i].unit {
                count += 1
                if figures[j].value < figures[i].value { below += 1 }
            }
            return count >= 3 ? Double(below) / Double(count - 1) : nil
        }
    }
}
