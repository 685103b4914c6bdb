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
        for i in figures.indices {
            if let g = firsts.firstIndex(where: { FigureCues.isSame(figures[$0], figures[i]) }) {
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
            var text = sentences[f.sentence].text
            return text.withUTF8 { bytes in
                FigureCues.score(f, sentence: bytes, repeats: repeats[g], titleWords: titleWords, moneyRank: ranks[g])
            }
        }
        // Best first; among equals, the earlier figure.
        let order = firsts.indices.sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
        var result: [Figure] = []
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
    /// `indices` count, and the result follows their order.
    static func moneyRanks(_ figures: [Figure], at indices: [Int]) -> [Double?] {
        guard indices.lazy.filter({ figures[$0].kind == .money }).count >= 3 else { return indices.map { _ in nil } }
        var byCurrency: [String: [Double]] = [:]
        for i in indices where figures[i].kind == .money { byCurrency[figures[i].unit, default: []].append(figures[i].value) }
        return indices.map { i in
            let f = figures[i]
            guard f.kind == .money, let values = byCurrency[f.unit], values.count >= 3 else { return nil }
            let below = values.filter { $0 < f.value }.count
            return Double(below) / Double(values.count - 1)
        }
    }
}
