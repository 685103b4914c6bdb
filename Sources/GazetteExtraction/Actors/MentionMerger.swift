/// Merges the mentions of one article into actors: one group per real-world actor.
///
/// Rules, in order: the same gazetteer entry or the same name; a surname or shorter name that ends a
/// person's full name ("Blinken", "Christian Andersen"); a given name alone that starts exactly one
/// person's name; an acronym made of an organization's initials ("SEC"); a country before an
/// organization's name ("US Federal Reserve"); a plural ("Liberal Democrats").
struct MentionMerger {
    let lexicon: ActorLexicon

    /// One actor under construction: indices into the mentions array, and facts cached for the pairwise tests.
    struct Group {
        var key: String
        var members: [Int]
        var alive = true
        /// The longest form's words as written, and normalized.
        var words: [String] = []
        var keys: [String] = []
        var kind: ActorKind = .organization
        var weak = true
    }

    /// Groups of mention indices, each ascending, in order of first mention.
    func merge(_ mentions: [NameMention]) -> [[Int]] {
        merge(mentions, keys: mentions.map(Self.groupKey))
    }

    /// `merge(_:)`, given each mention's `groupKey`, which the extractor has already made.
    func merge(_ mentions: [NameMention], keys: [String]) -> [[Int]] {
        var groups: [Group] = []
        var byKey: [String: Int] = [:]
        byKey.reserveCapacity(mentions.count)
        for (i, key) in keys.enumerated() {
            if let g = byKey[key] { groups[g].members.append(i) } else {
                byKey[key] = groups.count
                groups.append(Group(key: key, members: [i]))
            }
        }
        // Look-ups from a name's parts to the groups that may hold it, so each rule below probes
        // the groups it could apply to instead of scanning all of them (an article naming
        // thousands of actors would cost the square). Every state a group takes is indexed by
        // `refresh`; entries a group has outgrown stay, and each rule checks its candidates
        // against their current state, so the result is the one a full scan gives. An article
        // of a few dozen names (nearly all) is faster scanned: its candidates are every group.
        let indexed = groups.count > Self.scanLimit
        var bySuffix: [String: [Int]] = [:]     // proper suffixes of a name's keys ("blinken")
        var byFirstWord: [String: [Int]] = [:]  // first key of a name of two words or more
        var byInitialAndSurname: [String: [Int]] = [:]  // "b o'driscoll" for "brian o'driscoll"
        // Made on first use, as few articles need them: last key with one letter wildcarded
        // (misspelt surnames), and an organization's initials taken three ways (acronyms).
        var byLastKeyPattern: [String: [Int]]?
        var byAcronym: [String: [Int]]?
        func indexLastKeyPatterns(_ g: Int) {
            guard groups[g].keys.count >= 2, let last = groups[g].keys.last else { return }
            for pattern in Self.oneLetterPatterns(last) { byLastKeyPattern?[pattern, default: []].append(g) }
        }
        /// The acronyms a name of two words or more may be written as, three ways: its initials
        /// skipping connectors, the same without a leading country, and every word's first letter.
        func acronyms(_ v: [String]) -> [String] {
            guard v.count >= 2 else { return [] }
            let withoutCountry = lexicon.entities[ActorLexicon.key(v[0])]?.kind == .place ? Self.initials(Array(v.dropFirst())) : ""
            return [Self.initials(v), withoutCountry, String(v.compactMap { $0.first })].filter { !$0.isEmpty }
        }
        func indexAcronyms(_ g: Int) {
            for acronym in Set(acronyms(groups[g].words)) { byAcronym?[acronym, default: []].append(g) }
        }
        func index(_ g: Int) {
            guard indexed else { return }
            let keys = groups[g].keys
            if keys.count >= 2 {
                for start in 1..<keys.count { bySuffix[keys[start...].joined(separator: " "), default: []].append(g) }
                byFirstWord[keys[0], default: []].append(g)
            }
            if keys.count == 2, keys[0].utf8.count > 1, let initial = keys[0].utf8.first {
                byInitialAndSurname[String(decoding: [initial], as: UTF8.self) + " " + keys[1], default: []].append(g)
            }
            if byLastKeyPattern != nil { indexLastKeyPatterns(g) }
            if byAcronym != nil { indexAcronyms(g) }
        }
        /// Calls `body` on the groups listed under `key` in `table`, ascending and each once, as a
        /// scan would meet them (every group when the article is scanned), until `body` says stop.
        func forEachCandidate(_ table: [String: [Int]]?, _ key: @autoclosure () -> String, _ body: (Int) -> Bool) {
            guard indexed else {
                for h in groups.indices where body(h) { return }
                return
            }
            guard let list = table?[key()] else { return }
            var previous = -1
            for h in list.count == 1 ? list : list.sorted() where h != previous {
                previous = h
                if body(h) { return }
            }
        }
        func refresh(_ g: Int) {
            let longest = groups[g].members.map { mentions[$0].words }.max(by: { $0.count < $1.count }) ?? []
            groups[g].words = longest
            // "Harry Connick Jr" is "Connick": a generational suffix is not the surname.
            var keys = longest.map { ActorLexicon.key($0) }
            if keys.count > 2, let last = keys.last, ["jr", "sr", "ii", "iii"].contains(last) { keys.removeLast() }
            groups[g].keys = keys
            groups[g].kind = Self.kind(of: groups[g].members, in: mentions)
            groups[g].weak = groups[g].members.allSatisfy { mentions[$0].strength <= 1 }
            index(g)
        }
        for g in groups.indices { refresh(g) }
        func words(_ g: Group) -> [String] { g.words }
        func kind(_ g: Group) -> ActorKind { g.kind }
        func isGazetteer(_ g: Group) -> Bool { g.key.hasPrefix("g:") }
        func isOtherPerson(_ h: Int, than g: Int) -> Bool { h != g && groups[h].alive && groups[h].kind == .person }
        func absorb(_ from: Int, into to: Int) {
            groups[to].members += groups[from].members
            groups[from].members = []
            groups[from].alive = false
            refresh(to)
        }

        // Person names: shorter forms join the longer name they end or start.
        let order = groups.indices.sorted { groups[$0].words.count > groups[$1].words.count || (groups[$0].words.count == groups[$1].words.count && $0 < $1) }
        for g in order where groups[g].alive && !isGazetteer(groups[g]) {
            let w = groups[g].keys
            guard !w.isEmpty else { continue }
            var suffixOf: [Int] = []
            forEachCandidate(bySuffix, w.joined(separator: " ")) { h in
                if isOtherPerson(h, than: g) && groups[h].keys.count > w.count && groups[h].keys.suffix(w.count).elementsEqual(w) {
                    suffixOf.append(h)
                }
                return false
            }
            var startOf: [Int] = []
            if w.count == 1 {
                forEachCandidate(byFirstWord, w[0]) { h in
                    if isOtherPerson(h, than: g) && groups[h].keys.count > 1 && groups[h].keys.first == w[0] { startOf.append(h) }
                    return false
                }
            }
            // "B O'Driscoll" for "Brian O'Driscoll": an initial and the surname.
            if suffixOf.isEmpty, w.count == 2, w[0].utf8.count == 1 {
                forEachCandidate(byInitialAndSurname, w[0] + " " + w[1]) { h in
                    let v = groups[h].keys
                    if isOtherPerson(h, than: g) && v.count == 2 && v[1] == w[1] && v[0].utf8.first == w[0].utf8.first && v[0].utf8.count > 1 {
                        suffixOf.append(h)
                    }
                    return false
                }
            }
            let best = suffixOf.max { groups[$0].members.count < groups[$1].members.count || (groups[$0].members.count == groups[$1].members.count && $0 > $1) }
            if let best, kind(groups[g]) == .person || mentions[groups[g].members[0]].strength < 3 {
                absorb(g, into: best)
            } else if startOf.count == 1, kind(groups[g]) == .person || groups[g].weak, let only = startOf.first,
                      !groups[g].members.contains(where: { Self.hasRank(mentions[$0]) }) {
                absorb(g, into: only)
            } else if w.count == 1, w[0].count >= 5, groups[g].weak {
                // "Anderson" for "Andersen": one letter off a person's surname is a misspelling of it.
                if indexed, byLastKeyPattern == nil {
                    byLastKeyPattern = [:]
                    for h in groups.indices { indexLastKeyPatterns(h) }
                }
                func isNear(_ h: Int) -> Bool {
                    isOtherPerson(h, than: g) && groups[h].keys.count > 1 && Self.oneSubstitution(groups[h].keys.last ?? "", w[0])
                }
                let near = indexed
                    ? Set(Self.oneLetterPatterns(w[0]).flatMap { byLastKeyPattern?[$0] ?? [] }).sorted().filter(isNear)
                    : groups.indices.filter(isNear)
                if near.count == 1, let only = near.first { absorb(g, into: only) }
            }
        }

        // Acronyms and country-prefixed organization names.
        for g in groups.indices where groups[g].alive {
            let w = words(groups[g])
            if w.count == 1, !isGazetteer(groups[g]), let acronym = w.first, Self.looksLikeAcronym(acronym) {
                if indexed, byAcronym == nil {
                    byAcronym = [:]
                    for h in groups.indices { indexAcronyms(h) }
                }
                forEachCandidate(byAcronym, acronym) { h in
                    guard h != g, groups[h].alive, kind(groups[h]) == .organization,
                          acronyms(words(groups[h])).contains(acronym) else { return false }
                    absorb(g, into: h)
                    return true
                }
                continue
            }
            if w.count >= 2, lexicon.entities[ActorLexicon.key(w[0])]?.kind == .place, kind(groups[g]) == .organization {
                let rest = "s:" + ActorLexicon.key(w.dropFirst().joined(separator: " "))
                if let h = byKey[rest], groups[h].alive, h != g { absorb(g, into: h); continue }
            }
            if !isGazetteer(groups[g]), let h = byKey[groups[g].key + "s"], groups[h].alive, h != g {
                absorb(g, into: h)
                continue
            }
            // "Leadplex Inc" and "Leadplex": a company's legal suffix does not make another company.
            if w.count >= 2, let last = groups[g].keys.last, Self.legalSuffixes.contains(last) {
                let rest = "s:" + groups[g].keys.dropLast().joined(separator: " ")
                if let h = byKey[rest], groups[h].alive, h != g { absorb(h, into: g) }
            }
        }
        return groups.filter { $0.alive && !$0.members.isEmpty }.map { $0.members.sorted() }
            .sorted { $0[0] < $1[0] }
    }

    /// Up to this many groups, each rule scans them all; above it, it probes the look-ups.
    static let scanLimit = 64

    static let legalSuffixes: StringSet = ["inc", "ltd", "llc", "plc", "corp", "corporation", "co", "limited", "ag", "sa", "nv", "gmbh"]

    /// "Prince Charles", "King Abdullah": a given name under a rank is its own person, not the first name
    /// of someone else the article names ("Charles Kennedy").
    static func hasRank(_ m: NameMention) -> Bool {
        guard let titled = m.titledSurface, let title = titled.split(separator: " ").first else { return false }
        return !MentionFinder.isHonorific(ActorLexicon.key(String(title)))
    }

    /// The word with each of its bytes in turn replaced by a wildcard: two words one letter apart
    /// share one of these.
    static func oneLetterPatterns(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        return bytes.indices.map { position in
            var pattern = bytes
            pattern[position] = 0
            return String(decoding: pattern, as: UTF8.self)
        }
    }

    /// Whether two words of the same length differ in exactly one letter.
    static func oneSubstitution(_ a: String, _ b: String) -> Bool {
        // Compared in place: most pairs differ in length and are refused before any byte is read.
        guard a.utf8.count == b.utf8.count else { return false }
        var differences = 0
        for (x, y) in zip(a.utf8, b.utf8) where x != y { differences += 1; if differences > 1 { return false } }
        return differences == 1
    }

    /// The key two mentions share when they are the same name: the gazetteer entry, else the normalized words.
    static func groupKey(_ m: NameMention) -> String {
        if let canonical = m.canonical { return "g:" + canonical }
        return "s:" + ActorLexicon.key(m.words.joined(separator: " "))
    }

    /// Initial capitals of the words, skipping connectors ("Securities and Exchange Commission" -> "SEC").
    /// "SEC", "BoE", "DfES": two to six ASCII letters, first and last capital, at least two capitals.
    static func looksLikeAcronym(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 2, bytes.count <= 6, let first = bytes.first, let last = bytes.last else { return false }
        func upper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        return upper(first) && upper(last) && bytes.filter(upper).count >= 2
    }

    static func initials(_ words: [String]) -> String {
        var out = ""
        for w in words where !MentionFinder.connectors.contains(w) || w.first?.isUppercase == true && w.count > 3 {
            if let c = w.first, c.isUppercase { out.append(c) }
        }
        return out
    }

    /// The kind most of the mentions `members` vote for, weighted by how sure each is; ties go person,
    /// organization, place.
    static func kind(of members: [Int], in mentions: [NameMention]) -> ActorKind {
        // A guess (strength 0) counts a tenth of a sure mention, so ten "Nadal"s do not outvote "Rafael Nadal".
        // A team, band or club cue ("Wales have", "Wrexham defender") decides: one person is none of them.
        // (Mentions are read in place: one copied is a dozen reference counts.)
        if members.contains(where: { mentions[$0].team }) { return .organization }
        var person = 0.0, organization = 0.0, place = 0.0
        for i in members {
            let weight = mentions[i].strength == 0 ? 0.1 : Double(mentions[i].strength * 4)
            switch mentions[i].kind {
            case .person: person += weight
            case .organization: organization += weight
            case .place: place += weight
            }
        }
        if person >= organization && person >= place { return .person }
        return organization >= place ? .organization : .place
    }
}
