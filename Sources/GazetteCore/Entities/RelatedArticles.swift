/// Finds, for every article, the articles that share its actors or tags.
///
/// Uses the inverted lists of the entity index, so the cost grows with the number of
/// shared mentions, not with the square of the number of articles. Actors and tags that
/// appear in more than `commonLimit` articles say little about relatedness and are skipped.
/// Scores are counted in a dense array reused across a chunk of articles (no dictionary,
/// no per-candidate allocation); only the few best candidates get their shared names.
enum RelatedArticles {
    /// A group of articles (an actor or a tag) with the name shown as the reason.
    private struct Group {
        var name: String
        /// Ascending positions: the entity index and taxonomies list articles in model order.
        var articles: [Int]
    }

    static func find(entities: EntityIndex, taxonomies: [Taxonomy], articleCount: Int,
                     limit: Int = 5, commonLimit: Int = 400) -> [[RelatedArticle]] {
        // For each article, the groups it belongs to, most salient actor first, then tags.
        var groupsOf: [[Group]] = Array(repeating: [], count: articleCount)
        for (articleIndex, refs) in entities.articleActors.enumerated() {
            for ref in refs {
                let actor = entities.actors[ref.actor]
                guard actor.articles.count <= commonLimit else { continue }
                groupsOf[articleIndex].append(Group(name: actor.name, articles: actor.articles))
            }
        }
        for taxonomy in taxonomies where taxonomy.name == "tags" {
            for term in taxonomy.terms where term.articles.count <= commonLimit {
                for articleIndex in term.articles { groupsOf[articleIndex].append(Group(name: term.name, articles: term.articles)) }
            }
        }
        let groups = groupsOf
        let chunkSize = 256
        let chunks = stride(from: 0, to: articleCount, by: chunkSize).map { $0..<min($0 + chunkSize, articleCount) }
        return ParallelMap.map(chunks) { chunk in
            var scores = [Int32](repeating: 0, count: articleCount)
            var touched: [Int] = []
            return chunk.map { index in
                touched.removeAll(keepingCapacity: true)
                for group in groups[index] {
                    for other in group.articles where other != index {
                        if scores[other] == 0 { touched.append(other) }
                        scores[other] += 1
                    }
                }
                // The best `limit` by score, then by position: a short sorted list.
                var best: [(score: Int, article: Int)] = []
                for other in touched {
                    let candidate = (score: Int(scores[other]), article: other)
                    scores[other] = 0
                    if best.count == limit, let last = best.last, !(candidate.score > last.score || (candidate.score == last.score && candidate.article < last.article)) {
                        continue
                    }
                    let position = best.firstIndex { candidate.score > $0.score || (candidate.score == $0.score && candidate.article < $0.article) } ?? best.count
                    best.insert(candidate, at: position)
                    if best.count > limit { best.removeLast() }
                }
                return best.map { item in
                    RelatedArticle(article: item.article, score: item.score,
                                   shared: groups[index].filter { contains($0.articles, item.article) }.map(\.name))
                }
            }
        }.flatMap { $0 }
    }

    /// Binary search in an ascending list.
    private static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }
}
