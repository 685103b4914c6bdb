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
        // One array of groups, scored and sorted in place: this runs once per article, and each
        // array an article allocates costs about as much as scoring a figure. Repetitions are
        // found by a linear search: an article has a few dozen figures at most, and comparing
        // values first avoids hashing every unit string. Figures are handled by index: copying
        // one retains its strings.
        var groups: [Group] = []
        groups.reserveCapacity(figures.count)
        for i in figures.indices {
            if let g = groups.firstIndex(where: { FigureCues.isSame($0.first, i, in: figures) }) {
                groups[g].repeats += 1
            } else {
                groups.append(Group(first: i))
            }
        }
        let rankMoney = hasMoneyRanks(figures, groups)
        for g in groups.indices {
            let f = figures[groups[g].first]
            let rank = rankMoney ? moneyRank(of: groups[g].first, figures, groups) : nil
            guard f.sentence >= 0 && f.sentence < sentences.count else {
                groups[g].score = FigureCues.score(f, sentenceText: "", repeats: groups[g].repeats, titleWords: titleWords,
                                                   moneyRank: rank)
                continue
            }
            groups[g].score = sentences[f.sentence].withUTF8 { bytes in
                FigureCues.score(f, sentence: bytes, repeats: groups[g].repeats, titleWords: titleWords, moneyRank: rank)
            }
        }
        // Best first; among equals, the earlier figure.
        groups.sort { a, b in a.score != b.score ? a.score > b.score : a.first < b.first }
        var result: [Figure] = []
        result.reserveCapacity(min(maximum, groups.count))
        for group in groups where result.count < maximum {
            if group.score < FigureCues.floor { break }
            if result.count >= minimum && group.score < FigureCues.contextThreshold { break }
            var f = figures[group.first]
            f.score = group.score
            result.append(f)
        }
        return result
    }

    /// Figures with the same value and unit: the first of them, how often the rest repeat it,
    /// and its score.
    struct Group {
        var first: Int
        var repeats = 0
        var score = 0.0
    }

    /// Whether amounts are ranked at all: the article has at least three money groups.
    static func hasMoneyRanks(_ figures: [Figure], _ groups: [Group]) -> Bool {
        var money = 0
        for group in groups where figures[group.first].kind == .money { money += 1 }
        return money >= 3
    }

    /// A money figure's place among the amounts of its currency (0 smallest, 1 largest), when
    /// there are at least three of them; nil otherwise. Only each group's first figure counts.
    /// An article has a handful of amounts, so each is compared with all of them rather than
    /// grouped by currency in a dictionary.
    static func moneyRank(of i: Int, _ figures: [Figure], _ groups: [Group]) -> Double? {
        guard figures[i].kind == .money else { return nil }
        var count = 0, below = 0
        for group in groups where figures[group.first].kind == .money && figures[group.first].unit == figures[i].unit {
            count += 1
            if figures[group.first].value < figures[i].value { below += 1 }
        }
        return count >= 3 ? Double(below) / Double(count - 1) : nil
    }
}
