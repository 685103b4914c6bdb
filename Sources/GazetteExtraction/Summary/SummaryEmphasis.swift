/// Score factors for sentences that mention the article's main actors or hold its key figures.
///
/// The summary should name who the article is about and carry its main numbers; these factors
/// are small, so they decide between sentences of similar centrality rather than override it.
enum SummaryEmphasis {
    /// How many of the most salient actors count.
    static let mainActors = 3
    static let actorBonus: Float = 0.05
    /// How many of the highest-scored figures count.
    static let mainFigures = 3
    static let figureBonus: Float = 0.05

    /// One factor (>= 1) per sentence index below `sentenceCount`.
    static func factors(sentenceCount n: Int, actors: [Actor], figures: [Figure]) -> [Float] {
        var factor = [Float](repeating: 1, count: n)
        let topActors = actors.enumerated().sorted { a, b in
            if a.element.salience != b.element.salience { return a.element.salience > b.element.salience }
            if a.element.mentions != b.element.mentions { return a.element.mentions > b.element.mentions }
            return a.offset < b.offset
        }.prefix(mainActors)
        for (_, actor) in topActors {
            for i in Set(actor.sentences) where i >= 0 && i < n { factor[i] += actorBonus }
        }
        let topFigures = figures.enumerated().filter { $0.element.score > 0 }.sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.prefix(mainFigures)
        var figureSentences = Set<Int>()
        for (_, figure) in topFigures where figure.sentence >= 0 && figure.sentence < n {
            figureSentences.insert(figure.sentence)
        }
        for i in figureSentences { factor[i] += figureBonus }
        return factor
    }
}
