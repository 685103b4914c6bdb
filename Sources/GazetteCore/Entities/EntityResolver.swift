import GazetteExtraction

/// Resolves the actors of every article into one site-wide index.
///
/// Two mentions are one actor when they have the same kind and the same normalized name,
/// or when a one-word person name ("Blinken") matches the last name of exactly one
/// full-name person of the site ("Antony Blinken"); two people who share a surname but
/// have different full names stay apart. The user's alias file (`AliasFile`) comes first:
/// it blocks names, merges and renames actors, sets kinds and keeps surnames apart.
/// Cost is linear in the number of mentions.
public enum EntityResolver {
    /// `articles` must be sorted in the order pages list them (newest first, then path).
    public static func resolve(_ articles: [AnalysedArticle], minArticles: Int, aliases: AliasFile = AliasFile()) -> EntityIndex {
        struct Key: Hashable, Comparable {
            var kind: ActorKind
            var name: String
            static func < (a: Key, b: Key) -> Bool { (a.kind, a.name) < (b.kind, b.name) }
        }
        typealias Mention = (key: Key, local: Actor?, display: String)
        let entryByName = aliases.entryIndexByName()
        /// The key and display name of a mention after the alias file, or nil when blocked;
        /// with the entry's name when the alias file chose it.
        @Sendable func key(_ name: String, otherForms: [String], kind: ActorKind) -> (key: Key, display: String, chosen: Bool)? {
            let normalized = normalize(name)
            guard !normalized.isEmpty, !aliases.blocked.contains(normalized) else { return nil }
            if !entryByName.isEmpty {
                for form in [normalized] + otherForms.map(normalize) {
                    guard let position = entryByName[form] else { continue }
                    let entry = aliases.entries[position]
                    return (Key(kind: entry.kind ?? kind, name: normalize(entry.name)), entry.name, true)
                }
            }
            return (Key(kind: kind, name: normalized), name, false)
        }
        // Every mention, as (article, local actor or declared name): per article, in parallel.
        let perArticle = ParallelMap.map(articles) { analysed -> (mentions: [Mention], chosen: [(Key, String)]) in
            var mentions: [Mention] = []
            var chosen: [(Key, String)] = []
            for actor in analysed.digest.actors {
                // Two local actors the alias file merges stay two mentions; grouping below joins them.
                guard let found = key(actor.name, otherForms: actor.aliases, kind: actor.kind) else { continue }
                if found.chosen { chosen.append((found.key, found.display)) }
                mentions.append((found.key, actor, found.display))
            }
            for declared in analysed.article.declaredActors {
                guard let found = key(declared.name, otherForms: [], kind: declared.kind),
                      !mentions.contains(where: { $0.key == found.key }) else { continue }
                if found.chosen { chosen.append((found.key, found.display)) }
                mentions.append((found.key, nil, found.display))
            }
            return (mentions, chosen)
        }
        // Each distinct key gets an id, so grouping below works on arrays, not on hashes.
        var ids: [Key: Int] = [:]
        var keyOf: [Key] = []
        var displayNames: [[String: Int]] = []
        var chosenNames: [Key: String] = [:]
        var mentionIDs: [[Int]] = []
        mentionIDs.reserveCapacity(articles.count)
        for (mentions, chosen) in perArticle {
            for (key, name) in chosen { chosenNames[key] = name }
            var here: [Int] = []
            here.reserveCapacity(mentions.count)
            for mention in mentions {
                let id: Int
                if let known = ids[mention.key] {
                    id = known
                } else {
                    id = keyOf.count
                    ids[mention.key] = id
                    keyOf.append(mention.key)
                    displayNames.append([:])
                }
                displayNames[id][mention.display, default: 0] += 1
                here.append(id)
            }
            mentionIDs.append(here)
        }

        // Surname → the full-name people it could stand for; each key's canonical key.
        var peopleBySurname: [String: [Int]] = [:]
        for (id, key) in keyOf.enumerated() where key.kind == .person {
            let words = key.name.split(separator: " ")
            if words.count >= 2, let last = words.last { peopleBySurname[String(last), default: []].append(id) }
        }
        let canonical = keyOf.indices.map { id -> Int in
            let key = keyOf[id]
            guard key.kind == .person, !key.name.contains(" "), !aliases.keptApart.contains(key.name),
                  let candidates = peopleBySurname[key.name], candidates.count == 1 else { return id }
            return candidates[0]
        }

        // Group mentions under canonical keys.
        var articleSets = Array(repeating: [Int](), count: keyOf.count)
        var aliasSets = Array(repeating: Set<String>(), count: keyOf.count)
        var roleSets = Array(repeating: Set<String>(), count: keyOf.count)
        var mentionCounts = Array(repeating: 0, count: keyOf.count)
        for (articleIndex, mentions) in perArticle.map(\.mentions).enumerated() {
            var seen: [Int] = []
            for (offset, mention) in mentions.enumerated() {
                let id = canonical[mentionIDs[articleIndex][offset]]
                if !seen.contains(id) {
                    seen.append(id)
                    articleSets[id].append(articleIndex)
                }
                aliasSets[id].insert(mention.display)
                for alias in mention.local?.aliases ?? [] { aliasSets[id].insert(alias) }
                for role in mention.local?.roles ?? [] { roleSets[id].insert(role) }
                mentionCounts[id] += mention.local?.mentions ?? 1
            }
        }

        let sortedIDs = keyOf.indices.filter { !articleSets[$0].isEmpty }.sorted { keyOf[$0] < keyOf[$1] }
        // Names, slugs and sorted lists in parallel; making slugs unique is the one ordered step.
        let keys = keyOf, chosen = chosenNames, displays = displayNames, aliasLists = aliasSets, roleLists = roleSets
        let names = ParallelMap.map(sortedIDs) { id -> (name: String, slug: String, aliases: [String], roles: [String]) in
            let key = keys[id]
            let name = chosen[key] ?? preferredName(displays[id], fallback: key.name)
            let slug = Slugger.slugify(name)
            return (name, slug.isEmpty ? "actor" : slug, aliasLists[id].sorted(), roleLists[id].sorted())
        }
        var slugsTaken: [ActorKind: Set<String>] = [:]
        var actors: [SiteActor] = []
        var positions = Array(repeating: -1, count: keyOf.count)
        for (id, (name, slug, aliases, roles)) in zip(sortedIDs, names) {
            let key = keyOf[id]
            var unique = slug, counter = 2
            while slugsTaken[key.kind, default: []].contains(unique) { unique = "\(slug)-\(counter)"; counter += 1 }
            slugsTaken[key.kind, default: []].insert(unique)
            positions[id] = actors.count
            actors.append(SiteActor(name: name, kind: key.kind, slug: unique, aliases: aliases, roles: roles, articles: articleSets[id],
                                    mentions: mentionCounts[id], hasPage: articleSets[id].count >= minArticles))
        }

        let refs = perArticle.indices.map { articleIndex -> [ActorRef] in
            var seen: [Int] = []
            return perArticle[articleIndex].mentions.enumerated().compactMap { offset, mention in
                let position = positions[canonical[mentionIDs[articleIndex][offset]]]
                guard position >= 0, !seen.contains(position) else { return nil }
                seen.append(position)
                return ActorRef(actor: position, local: mention.local)
            }
        }
        return EntityIndex(actors: actors, articleActors: refs)
    }

    /// Case-, space- and period-insensitive name, without a leading "the": "the U.S." → "us".
    static func normalize(_ name: String) -> String {
        if let ascii = normalizeASCII(name) { return ascii }
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.map { $0.filter { $0 != "." } }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `normalize` for ASCII names (nearly all), on bytes, step for step; nil for any other name.
    private static func normalizeASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var words: [[UInt8]] = []
            var word: [UInt8] = []
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: " ") {
                    if !word.isEmpty { words.append(word); word = [] }
                } else {
                    word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            if !word.isEmpty { words.append(word) }
            if words.count > 1, words[0] == Array("the".utf8) { words.removeFirst() }
            let cleaned = words.map { $0.filter { $0 != UInt8(ascii: ".") } }.filter { !$0.isEmpty }
            return String(decoding: Array(cleaned.joined(separator: [UInt8(ascii: " ")])), as: UTF8.self)
        }
    }

    /// The longest form, then the most used, then alphabetical: a total order.
    private static func preferredName(_ counts: [String: Int], fallback: String) -> String {
        counts.max { a, b in (a.key.count, a.value, b.key) < (b.key.count, b.value, a.key) }?.key ?? fallback
    }
}
