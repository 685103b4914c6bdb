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
        // comparing values first avoids hashing every unit string.
        var groups: [(figure: Figure, order: Int, count: Int)] = []
        for (order, figure) in figures.enumerated() {
            if let g = groups.firstIndex(where: { FigureCues.isSame($0.figure, figure) }) {
                groups[g].count += 1
            } else {
                groups.append((figure, order, 1))
            }
        }
        let ranks = moneyRanks(groups.map(\.figure))
        var scored: [(figure: Figure, order: Int)] = groups.enumerated().map { g, group in
            var f = group.figure
            var text = f.sentence >= 0 && f.sentence < sentences.count ? sentences[f.sentence].text : ""
            f.score = text.withUTF8 { bytes in
                FigureCues.score(f, sentence: bytes, repeats: group.count - 1, titleWords: titleWords, moneyRank: ranks[g])
            }
            return (f, group.order)
        }
        scored.sort { a, b in
            a.figure.score != b.figure.score ? a.figure.score > b.figure.score : a.order < b.order
        }
        var result: [Figure] = []
        for entry in scored where result.count < maximum {
            if entry.figure.score < FigureCues.floor { break }
            if result.count >= minimum && entry.figure.score < FigureCues.contextThreshold { break }
            result.append(entry.figure)
        }
        return result
    }

    /// Each money figure's place among the amounts of its currency (0 smallest, 1 largest),
    /// when the article has at least three of them; nil otherwise.
    static func moneyRanks(_ figures: [Figure]) -> [Double?] {
        guard figures.lazy.filter({ $0.kind == .money }).count >= 3 else { return figures.map { _ in nil } }
        var byCurrency: [String: [Double]] = [:]
        for f in figures where f.kind == .money { byCurrency[f.unit, default: []].append(f.value) }
        return figures.map { f in
            guard f.kind == .money, let values = byCurrency[f.unit], values.count >= 3 else { return nil }
            let below = values.filter { $0 < f.value }.count
            return Double(below) / Double(values.count - 1)
        }
    }
}
