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
        /// A mention names its article-level actor by position (`digest.actors`), nil when only
        /// declared in front matter: the grouping below reads the actor in place, never copies it.
        struct Mention {
            var key: Key
            var local: Int?
            var display: String
        }
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
            for (position, actor) in analysed.digest.actors.enumerated() {
                // Two local actors the alias file merges stay two mentions; grouping below joins them.
                guard let found = key(actor.name, otherForms: actor.aliases, kind: actor.kind) else { continue }
                if found.chosen { chosen.append((found.key, found.display)) }
                mentions.append(Mention(key: found.key, local: position, display: found.display))
            }
            for declared in analysed.article.declaredActors {
                guard let found = key(declared.name, otherForms: [], kind: declared.kind),
                      !mentions.contains(where: { $0.key == found.key }) else { continue }
                if found.chosen { chosen.append((found.key, found.display)) }
                mentions.append(Mention(key: found.key, local: nil, display: found.display))
            }
            return (mentions, chosen)
        }
        // Each distinct key gets an id, so grouping below works on arrays, not on hashes.
        var ids: [Key: Int] = [:]
        var keyOf: [Key] = []
        var chosenNames: [Key: String] = [:]
        let mentionIDs = perArticle.map { mentions, chosen in
            for (key, name) in chosen { chosenNames[key] = name }
            return mentions.map { mention in
                if let known = ids[mention.key] { return known }
                ids[mention.key] = keyOf.count
                keyOf.append(mention.key)
                return keyOf.count - 1
            }
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

        // Group mentions under canonical keys: positions only here; names and lists below, in parallel.
        var articleSets = Array(repeating: [Int](), count: keyOf.count)
        var occurrences = Array(repeating: [(article: Int, offset: Int)](), count: keyOf.count)
        for (articleIndex, here) in mentionIDs.enumerated() {
            for (offset, raw) in here.enumerated() {
                let id = canonical[raw]
                if articleSets[id].last != articleIndex { articleSets[id].append(articleIndex) }
                occurrences[id].append((articleIndex, offset))
            }
        }

        let sortedIDs = keyOf.indices.filter { !articleSets[$0].isEmpty }.sorted { keyOf[$0] < keyOf[$1] }
        // Names, slugs, aliases, roles and mention counts in parallel; making slugs unique is the one ordered step.
        let keys = keyOf, chosen = chosenNames, found = occurrences, rawIDs = mentionIDs
        let names = ParallelMap.map(sortedIDs) { id -> (name: String, slug: String, aliases: [String], roles: [String], mentions: Int) in
            var displays: [String: Int] = [:]
            var aliasSet = Set<String>(), roleSet = Set<String>()
            var mentions = 0
            for (article, offset) in found[id] {
                let display = perArticle[article].mentions[offset].display
                // The preferred name comes from the key's own mentions, not from surnames merged into it.
                if rawIDs[article][offset] == id { displays[display, default: 0] += 1 }
                aliasSet.insert(display)
                guard let local = perArticle[article].mentions[offset].local else { mentions += 1; continue }
                let actors = articles[article].digest.actors
                for alias in actors[local].aliases { aliasSet.insert(alias) }
                for role in actors[local].roles { roleSet.insert(role) }
                mentions += actors[local].mentions
            }
            let key = keys[id]
            let name = chosen[key] ?? preferredName(displays, fallback: key.name)
            let slug = Slugger.slugify(name)
            return (name, slug.isEmpty ? "actor" : slug, aliasSet.sorted(), roleSet.sorted(), mentions)
        }
        var slugsTaken: [ActorKind: Set<String>] = [:]
        var actors: [SiteActor] = []
        var positions = Array(repeating: -1, count: keyOf.count)
        for (id, (name, slug, aliases, roles, mentions)) in zip(sortedIDs, names) {
            let key = keyOf[id]
            var unique = slug, counter = 2
            while slugsTaken[key.kind, default: []].contains(unique) { unique = "\(slug)-\(counter)"; counter += 1 }
            slugsTaken[key.kind, default: []].insert(unique)
            positions[id] = actors.count
            actors.append(SiteActor(name: name, kind: key.kind, slug: unique, aliases: aliases, roles: roles, articles: articleSets[id],
                                    mentions: mentions, hasPage: articleSets[id].count >= minArticles))
        }

        let finalPositions = positions, canonicalIDs = canonical
        let refs = ParallelMap.map(Array(perArticle.indices)) { articleIndex -> [ActorRef] in
            var seen: [Int] = []
            return perArticle[articleIndex].mentions.enumerated().compactMap { offset, mention in
                let position = finalPositions[canonicalIDs[rawIDs[articleIndex][offset]]]
                guard position >= 0, !seen.contains(position) else { return nil }
                seen.append(position)
                return ActorRef(actor: position, local: mention.local.map { articles[articleIndex].digest.actors[$0] })
            }
        }
        return EntityIndex(actors: actors, articleActors: refs)
    }

    /// Case-, space- and period-insensitive name, without a leading "the", curly apostrophes
    /// made straight: "the U.S." → "us".
    static func normalize(_ name: String) -> String {
        if let ascii = normalizeASCII(name) { return ascii }
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        if words.count > 1, words.first == "the" { words.removeFirst() }
        // A curly apostrophe is a straight one: "O’Brien" in one article is "O'Brien" in another.
        return words.map { String($0.filter { $0 != "." }.map { $0 == "’" || $0 == "‘" ? "'" : $0 }) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `normalize` for ASCII names (nearly all), on bytes in one pass; nil for any other name.
    private static func normalizeASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Words are the runs between spaces; a leading "the" goes when another word follows.
            var start = bytes.startIndex
            while start < bytes.endIndex, bytes[start] == UInt8(ascii: " ") { start += 1 }
            var firstEnd = start
            while firstEnd < bytes.endIndex, bytes[firstEnd] != UInt8(ascii: " ") { firstEnd += 1 }
            let isThe = firstEnd - start == 3 && zip(bytes[start..<firstEnd], "the".utf8).allSatisfy { $0 | 0x20 == $1 }
            if isThe, bytes[firstEnd...].contains(where: { $0 != UInt8(ascii: " ") }) { start = firstEnd }
            // Lowercase, periods dropped, one space between the words that remain.
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var wordEnded = false
                for byte in bytes[start...] {
                    if byte == UInt8(ascii: " ") {
                        wordEnded = true
                    } else if byte != UInt8(ascii: ".") {
                        if wordEnded, count > 0 { output[count] = UInt8(ascii: " "); count += 1 }
                        wordEnded = false
                        output[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        count += 1
                    }
                }
                return count
            }
        }
    }

    /// The longest form, then the most used, then alphabetical: a total order.
    private static func preferredName(_ counts: [String: Int], fallback: String) -> String {
        counts.max { a, b in (a.key.count, a.value, b.key) < (b.key.count, b.value, a.key) }?.key ?? fallback
    }
}
