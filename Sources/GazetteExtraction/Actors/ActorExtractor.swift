/// Finds the people, organizations and places of an article, with the forms, roles and quotes of each.
///
/// Capitalised runs of words are cut at titles ("U.S. Secretary of State"), classified with the
/// shipped gazetteers and head words, and merged per actor (`MentionMerger`). Whether a merged group
/// is an actor, and of which kind, is the learned model's decision (`ActorModel`), which weighs the
/// rules' verdict with the name's words, shape and context. Actors are ranked by salience. Headline
/// words become candidates only when they are known names or names the body uses, since headlines
/// capitalise ordinary words. Offline; safe to call from many threads at once.
public final class ActorExtractor: Sendable {
    public static let shared = ActorExtractor()

    let lexicon: ActorLexicon
    let model: ActorModel

    init(lexicon: ActorLexicon = .shared, model: ActorModel = .shared) {
        self.lexicon = lexicon
        self.model = model
    }

    /// A merged group of mentions before the model decides on it, for training the model.
    public struct Candidate: Sendable {
        /// The actor the group makes, of the kind the rules give it (organization when they drop it).
        public var actor: Actor
        /// The rules' verdict: the kind, or nil when they drop the group.
        public var rule: ActorKind?
        /// The features the model weighs, as text (`name=value`).
        public var features: [String]
    }

    /// What an article's names are before any decision: every mention with its context, per unit.
    struct Mentions {
        var all: [NameMention] = []
        var contexts: [MentionContext] = []
        var units: [Unit] = []
        /// The mentions of each unit, as positions in `all`.
        var perUnit: [Range<Int>] = []
        /// Merged groups of positions in `all`, each a candidate actor.
        var groups: [[Int]] = []
    }

    /// The actors of one article, most salient first, ties by name.
    public func extract(title: String, sentences: [Sentence]) -> [Actor] {
        let found = mentions(title: title, sentences: sentences)
        var decided: [(members: [Int], kind: ActorKind)] = []
        for members in found.groups {
            let rule = ruleKind(members, found.all)
            var hasher = FeatureHasher()
            ActorFeatures.collect(members, mentions: found.all, contexts: found.contexts, rule: rule, lexicon: lexicon, into: &hasher)
            guard let kind = model.decide(hasher.distinct()).kind else { continue }
            // A team, band or club cue ("against the United States", "Wales have") decides the kind.
            decided.append((members, members.contains { found.all[$0].team } ? .organization : kind))
        }
        return actors(decided, found, sentences: sentences)
    }

    /// Every candidate group of one article with its features: the training data of `ActorModel`.
    public func candidates(title: String, sentences: [Sentence]) -> [Candidate] {
        let found = mentions(title: title, sentences: sentences)
        return found.groups.map { members in
            let rule = ruleKind(members, found.all)
            var texts = FeatureTexts()
            ActorFeatures.collect(members, mentions: found.all, contexts: found.contexts, rule: rule, lexicon: lexicon, into: &texts)
            var seen: Set<String> = []
            let actor = build(members.map { found.all[$0] }, kind: rule ?? .organization, quotes: [], sentenceCount: sentences.count)
            return Candidate(actor: actor, rule: rule, features: texts.texts.filter { seen.insert($0).inserted })
        }
    }

    /// The hand-written verdict on a group: its kind by the mentions' votes, or nil for a work's title
    /// or a given name alone.
    func ruleKind(_ members: [Int], _ mentions: [NameMention]) -> ActorKind? {
        // "film Vera Drake": a name the text calls a work is none, unless a gazetteer or a title says it is.
        // Only when the work's title is the fullest form: "biopic Ray" does not drop "Ray Charles".
        let longest = members.map { mentions[$0].words.count }.max() ?? 0
        if members.contains(where: { mentions[$0].work && mentions[$0].words.count == longest }),
           !members.contains(where: { mentions[$0].strength >= 3 || mentions[$0].titledSurface != nil }) {
            return nil
        }
        // A given name alone that joined no full name ("Alexander", "Ray") is more often a film or a
        // character than a person the article names.
        let loneGivenName = members.allSatisfy { i in
            let m = mentions[i]
            return m.words.count == 1 && m.strength <= 1 && m.titledSurface == nil && m.canonical == nil
                && lexicon.givenNames.contains(ActorLexicon.key(m.words[0]))
        }
        return loneGivenName ? nil : MentionMerger.kind(of: members, in: mentions)
    }

    /// Finds every mention of the body and the headline, with its context, and merges them into groups.
    func mentions(title: String, sentences: [Sentence]) -> Mentions {
        let texts = sentences.map { Array($0.text.utf8) }
        let tokens = texts.map { bytes in
            var t = NameTokenizer.tokenize(utf8: bytes)
            lexicon.tag(&t)
            return t
        }
        var titleTokens = NameTokenizer.tokenize(title)
        lexicon.tag(&titleTokens)
        let evidence = Self.evidence(tokens, headline: titleTokens, lexicon: lexicon)
        let finder = MentionFinder(lexicon: lexicon, evidence: evidence)
        var found = Mentions()
        found.units = Self.units(sentences, tokens: tokens, texts: texts)
        for unit in found.units {
            let first = found.all.count
            for var m in finder.mentions(in: unit.tokens, text: unit.bytes, sentence: 0) {
                m.sentence = sentences[unit.sentenceOf[m.firstToken]].index
                found.all.append(m)
                found.contexts.append(MentionContext(m, tokens: unit.tokens))
            }
            found.perUnit.append(first..<found.all.count)
        }
        var keys = found.all.map(MentionMerger.groupKey)
        for m in headlineMentions(title, tokens: titleTokens, finder: finder, body: found.all, bodyKeys: keys, evidence: evidence) {
            found.all.append(m)
            found.contexts.append(MentionContext(m, tokens: titleTokens))
            keys.append(MentionMerger.groupKey(m))
        }
        found.groups = MentionMerger(lexicon: lexicon).merge(found.all, keys: keys)
        return found
    }

    /// The actors of the groups the decision kept, with their quotes, most salient first.
    private func actors(_ decided: [(members: [Int], kind: ActorKind)], _ found: Mentions, sentences: [Sentence]) -> [Actor] {
        let mentions = found.all
        // Quotes: each unit's speakers, by group, in the sentence of the speech verb.
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var kinds: [Int: ActorKind] = [:]
        for (g, group) in decided.enumerated() {
            for m in group.members { groupOf[m] = g; kinds[m] = group.kind }
        }
        var quotes = [[Int]](repeating: [], count: decided.count)
        var lastPerson: Int?
        for (u, unit) in found.units.enumerated() {
            let here = found.perUnit[u].filter { groupOf[$0] >= 0 }
            // Only a sentence with a quote mark, or a name to attribute reported speech to, can hold a quote.
            if !here.isEmpty || unit.bytes.contains(0x22) || unit.bytes.contains(0xE2) {
                for (speaker, verb) in QuoteAttributor.speakers(tokens: unit.tokens, mentions: here, of: mentions, kinds: kinds,
                                                                lastPerson: lastPerson) {
                    quotes[groupOf[speaker]].append(sentences[unit.sentenceOf[verb]].index)
                }
            }
            if let person = here.last(where: { kinds[$0] == .person }) { lastPerson = person }
        }

        var actors = decided.enumerated().map { g, group in
            build(group.members.map { mentions[$0] }, kind: group.kind, quotes: quotes[g], sentenceCount: sentences.count)
        }
        actors.sort { $0.salience != $1.salience ? $0.salience > $1.salience : ($0.name != $1.name ? $0.name < $1.name : $0.kind < $1.kind) }
        return actors
    }

    /// Sentences read together: one sentence, or several of one paragraph when a splitter cut after an
    /// abbreviation or initialism ("U.S. | Secretary of State Antony Blinken", "Mr. | Biden").
    struct Unit {
        var tokens: [NameToken]
        var bytes: [UInt8]
        /// For each token, the position of its sentence in the `sentences` array.
        var sentenceOf: [Int]
    }

    static func units(_ sentences: [Sentence], tokens: [[NameToken]], texts: [[UInt8]]) -> [Unit] {
        var units: [Unit] = []
        for s in sentences.indices {
            let joins = s > 0 && sentences[s - 1].paragraph == sentences[s].paragraph && !units.isEmpty
                && (tokens[s - 1].last.map { last in
                    last.isNameShaped && last.text.hasSuffix(".")
                        && (last.shape == .acronym || NameTokenizer.abbreviations.contains(String(last.text.dropLast())))
                } ?? false)
            if joins, var unit = units.popLast() {
                let offset = unit.bytes.count + 1
                unit.bytes.append(0x20)
                unit.bytes += texts[s]
                for var token in tokens[s] {
                    token.start += offset
                    token.end += offset
                    unit.tokens.append(token)
                    unit.sentenceOf.append(s)
                }
                units.append(unit)
            } else {
                units.append(Unit(tokens: tokens[s], bytes: texts[s], sentenceOf: [Int](repeating: s, count: tokens[s].count)))
            }
        }
        return units
    }

    /// Lowercase words of the body, and capitalised words seen away from the start of a sentence or quote.
    /// Every headline word may be asked about, since headlines capitalise their words.
    static func evidence(_ sentences: [[NameToken]], headline: [NameToken] = [], lexicon: ActorLexicon? = nil) -> ArticleEvidence {
        var evidence = ArticleEvidence()
        var sportWord: String?
        let sportFilter = lexicon?.sportFilter ?? []
        // Only lowercase forms of capitalised words are ever asked about: a bit per (first letter, length)
        // of those lets most lowercase words skip the hash set.
        var wanted = [UInt64](repeating: 0, count: 32)
        // Likewise only words that open a sentence or quote are looked up among the mid-sentence capitals.
        var wantedInitial = [UInt64](repeating: 0, count: 32)
        // Tokens are read in place by index: a token copied is two reference counts.
        for tokens in sentences {
            for i in tokens.indices where tokens[i].isNameShaped {
                guard let first = tokens[i].key.utf8.first else { continue }
                let bit: UInt64 = 1 << UInt64(min(tokens[i].key.utf8.count, 63))
                wanted[Int(first & 31)] |= bit
                if MentionFinder.opensClause(tokens, i) { wantedInitial[Int(first & 31)] |= bit }
            }
        }
        for i in headline.indices where headline[i].isNameShaped {
            guard let first = headline[i].key.utf8.first else { continue }
            wantedInitial[Int(first & 31)] |= 1 << UInt64(min(headline[i].key.utf8.count, 63))
        }
        // Room for the words an article of this length usually has, so the sets seldom rehash.
        let tokenCount = sentences.reduce(0) { $0 + $1.count }
        evidence.lowerWords.reserveCapacity(tokenCount / 8)
        evidence.midCaps.reserveCapacity(tokenCount / 16)
        for tokens in sentences {
            for i in tokens.indices {
                switch tokens[i].shape {
                case .lower:
                    guard let first = tokens[i].text.utf8.first else { break }
                    let bit: UInt64 = 1 << UInt64(min(tokens[i].text.utf8.count, 63))
                    if wanted[Int(first & 31)] & bit != 0 {
                        evidence.lowerWords.insert(tokens[i].text)
                    }
                    if !evidence.sport, !sportFilter.isEmpty, sportFilter[Int(first & 31)] & bit != 0, let lexicon {
                        let flags = tokens[i].flags
                        let text = tokens[i].text
                        if flags.contains(.tagged) ? flags.cues.contains(.sport) : lexicon.cues[text]?.contains(.sport) == true,
                           text != sportWord {
                            if sportWord == nil { sportWord = text } else { evidence.sport = true }
                        }
                    }
                case .capitalised, .acronym, .particleName:
                    if let first = tokens[i].key.utf8.first,
                       wantedInitial[Int(first & 31)] & (1 << UInt64(min(tokens[i].key.utf8.count, 63))) != 0,
                       !MentionFinder.opensClause(tokens, i) {
                        evidence.midCaps.insert(tokens[i].text)
                    }
                default: break
                }
            }
        }
        return evidence
    }

    /// Headline names that the body confirms: known gazetteer names, or names (or surnames) the body uses.
    /// `bodyKeys` are the body mentions' `MentionMerger.groupKey`s.
    func headlineMentions(_ title: String, tokens: [NameToken], finder: MentionFinder, body: [NameMention],
                          bodyKeys: [String], evidence: ArticleEvidence) -> [NameMention] {
        let candidates = finder.mentions(in: tokens, text: Array(title.utf8), sentence: -1, headline: true)
        guard !candidates.isEmpty else { return [] }
        // A headline has a few names: the body is searched for theirs, rather than the body's
        // hundreds of names being put in a set.
        let candidateKeys = candidates.map(MentionMerger.groupKey)
        let wanted = Set(candidateKeys)
        var confirmed: Set<String> = []
        for i in body.indices {
            if wanted.contains(bodyKeys[i]) { confirmed.insert(bodyKeys[i]) }
            if body[i].kind == .person, body[i].words.count > 1, let last = body[i].words.last {
                let surname = "s:" + ActorLexicon.key(last)
                if wanted.contains(surname) { confirmed.insert(surname) }
            }
        }
        return candidates.indices.filter { c in
            let m = candidates[c]
            if confirmed.contains(candidateKeys[c]) { return true }
            guard m.canonical != nil else { return false }
            return m.words.count > 1 || !evidence.lowerWords.contains(ActorLexicon.key(m.surface))
        }.map { candidates[$0] }
    }

    /// The distinct values, ascending. Sorting a handful of values costs less than hashing them.
    static func sortedUnique<Value: Comparable>(_ values: [Value]) -> [Value] {
        var sorted = values.sorted()
        var kept = 0
        for index in sorted.indices where index == 0 || sorted[index] != sorted[kept - 1] {
            sorted.swapAt(kept, index)
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// One actor from its merged mentions.
    func build(_ mentions: [NameMention], kind: ActorKind, quotes: [Int], sentenceCount: Int) -> Actor {
        let body = mentions.filter { $0.sentence >= 0 }
        let name: String
        // A country playing as a team keeps its own name ("United States", not "The States").
        let team = mentions.contains { $0.team }
        if let canonical = mentions.first(where: { $0.canonical != nil && ($0.kind == kind || team) })?.canonical {
            name = canonical
        } else {
            // The fullest form: most words, then most used, then first seen.
            let fullest = mentions.enumerated().max { a, b in
                if a.element.words.count != b.element.words.count { return a.element.words.count < b.element.words.count }
                return a.offset > b.offset
            }?.element
            name = fullest.map { $0.words.joined(separator: " ") } ?? ""
        }
        // Forms as written: "Ms Hewitt" rather than a "Hewitt" the text never wrote alone.
        let aliases = Self.sortedUnique(mentions.map { $0.titledSurface ?? $0.surface })
        var roles: [String] = []
        for m in mentions { if let r = m.role, !roles.contains(r) { roles.append(r) } }
        let sentences = Self.sortedUnique(body.map(\.sentence))
        let quoteList = Self.sortedUnique(quotes)
        let first = sentences.first ?? sentenceCount
        let inTitle = mentions.contains { $0.sentence < 0 }
        var salience = Double(mentions.count)
        salience += inTitle ? 3 : 0
        salience += first < 3 ? Double(3 - first) * 0.5 : 0
        salience += Double(min(quoteList.count, 4)) * 0.5
        salience += roles.isEmpty ? 0 : 0.5
        return Actor(name: name, kind: kind, aliases: aliases, mentions: mentions.count, roles: roles,
                     sentences: sentences, quotes: quoteList, salience: salience)
    }
}
