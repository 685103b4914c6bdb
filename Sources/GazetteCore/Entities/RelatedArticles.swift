/// Finds, for every article, the articles that share its actors or tags.
///
/// Uses the inverted lists of the entity index, so the cost grows with the number of
/// shared mentions, not with the square of the number of articles. Actors and tags that
/// appear in more than `commonLimit` articles say little about relatedness and are skipped.
enum RelatedArticles {
    static func find(entities: EntityIndex, taxonomies: [Taxonomy], articleCount: Int,
                     limit: Int = 5, commonLimit: Int = 400) -> [[RelatedArticle]] {
        // For each article, the groups (actor or tag) it belongs to, with their display names and lists.
        var groupsOf: [[(name: String, articles: [Int])]] = Array(repeating: [], count: articleCount)
        for (articleIndex, refs) in entities.articleActors.enumerated() {
            for ref in refs {
                let actor = entities.actors[ref.actor]
                guard actor.articles.count <= commonLimit else { continue }
                groupsOf[articleIndex].append((actor.name, actor.articles))
            }
        }
        for taxonomy in taxonomies where taxonomy.name == "tags" {
            for term in taxonomy.terms where term.articles.count <= commonLimit {
                for articleIndex in term.articles { groupsOf[articleIndex].append((term.name, term.articles)) }
            }
        }
        let groups = groupsOf
        return ParallelMap.map(Array(0..<articleCount)) { index in
            var scores: [Int: (score: Int, shared: [String])] = [:]
            for group in groups[index] {
                for other in group.articles where other != index {
                    scores[other, default: (0, [])].score += 1
                    scores[other, default: (0, [])].shared.append(group.name)
                }
            }
            return scores
                .map { RelatedArticle(article: $0.key, score: $0.value.score, shared: $0.value.shared) }
                .sorted { ($1.score, $0.article) < ($0.score, $1.article) }
                .prefix(limit)
                .map { $0 }
        }
    }
}
