/// Where each actor occurs, arranged so that an actor's page costs what the actor has, not
/// what its articles hold.
///
/// An actor's page gathers its quotes, sentences, figures and co-actors from each of its
/// articles. Found by scanning every article's actors and figures, one article naming
/// thousands of actors (a long report, a scraped archive page) cost the square of its size;
/// with these two look-ups, made in one pass over the site, each page is linear.
struct ActorOccurrences: Sendable {
    /// An article of an actor, and the position of the actor in that article's actor list.
    struct Occurrence: Sendable {
        var article: Int
        var ref: Int
    }

    /// An article counts towards co-actors with its most salient actors only, at most this many:
    /// it keeps the co-actor lists linear in the size of an article, and changes nothing for
    /// articles with fewer actors (nearly all).
    static let coActorLimit = 50

    /// Per actor, its occurrences in article order.
    let occurrences: [[Occurrence]]
    /// Per article, the positions of its figures by sentence.
    let figuresBySentence: [[Int: [Int]]]

    init(model: SiteModel) {
        var occurrences = [[Occurrence]](repeating: [], count: model.entities.actors.count)
        for (article, refs) in model.entities.articleActors.enumerated() {
            for (position, ref) in refs.enumerated() { occurrences[ref.actor].append(Occurrence(article: article, ref: position)) }
        }
        self.occurrences = occurrences
        figuresBySentence = model.articles.map { analysed in
            var bySentence: [Int: [Int]] = [:]
            for (position, figure) in analysed.digest.figures.enumerated() { bySentence[figure.sentence, default: []].append(position) }
            return bySentence
        }
    }
}
