/// Cutting a run of capitalised words at titles ("U.S. Secretary of State | Antony Blinken"), hyphenated
/// pairs of states and demonyms that stand for a state.
extension MentionFinder {
    /// Cuts a run at titles and "and", and classifies the pieces.
    func segment(_ tokens: [NameToken], _ run: Range<Int>, text: [UInt8], sentence: Int) -> [NameMention] {
        // A one-word run (most of them) has its key already; a particle name's ("al-Qaeda") is raw.
        let k = run.count == 1 && tokens[run.lowerBound].shape != .particleName
            ? tokens[run.lowerBound].key : Self.joinedKey(tokens, run)
        if let entry = lexicon.entities[k], !lexicon.acronymOnly.contains(k) || run.allSatisfy({ tokens[$0].shape == .acronym }) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: entry.kind, strength: 3, canonical: entry.name)]
        }
        if run.count == 1, tokens[run.lowerBound].text.utf8.contains(0x2D) {
            return hyphenatedPair(tokens[run.lowerBound], index: run.lowerBound, text: text, sentence: sentence)
                ?? classify(tokens, run, text: text, sentence: sentence)
        }
        if let state = lexicon.demonyms[k] {
            return demonymMention(tokens, run, text: text, sentence: sentence, state: state, beforeTitle: false)
        }
        // "US Securities and Exchange Commission": a country before a known organization's name.
        if run.count >= 3, lexicon.entities[tokens[run.lowerBound].key]?.kind == .place,
           let entry = lexicon.entities[Self.joinedKey(tokens, (run.lowerBound + 1)..<run.upperBound)], entry.kind == .organization {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 3, canonical: entry.name)]
        }
        // "Liberal Democrat David Laws", "Tory Michael Howard": a known name, then a person's name.
        if run.count >= 3 {
            for length in stride(from: min(3, run.count - 2), through: 1, by: -1) {
                let head = run.lowerBound..<(run.lowerBound + length)
                let known = ActorLexicon.key(head.map { tokens[$0].text }.joined(separator: " "))
                guard lexicon.entities[known] != nil, !lexicon.acronymOnly.contains(known) || tokens[head.lowerBound].shape == .acronym,
                      tokens[head.upperBound].flags.contains(.given) else { continue }
                var result = segment(tokens, head, text: text, sentence: sentence)
                var people = segment(tokens, head.upperBound..<run.upperBound, text: text, sentence: sentence)
                if let first = people.indices.first, people[first].kind == .person, people[first].role == nil {
                    people[first].role = surface(tokens, head, text)
                }
                result += people
                return result
            }
        }
        // A title inside the run: modifier, title, name.
        if let (titleStart, titleEnd) = findTitle(tokens, run), !(titleStart == run.lowerBound && headedName(tokens, titleEnd..<run.upperBound)) {
            var result: [NameMention] = []
            var nameRange = titleEnd..<run.upperBound
            // "Lord Kinnock of Bedwellty": a peer's territorial designation is not part of the name.
            if let of = nameRange.first(where: { tokens[$0].text == "of" }), of > nameRange.lowerBound {
                nameRange = nameRange.lowerBound..<of
            }
            let prefix = run.lowerBound..<titleStart
            let titleText = surface(tokens, titleStart..<titleEnd, text)
            let titleKey = ActorLexicon.key(titleText)
            if Self.postNominals.contains(titleKey) && nameRange.isEmpty && !prefix.isEmpty {
                var m = classify(tokens, prefix, text: text, sentence: sentence)
                if var person = m.first, m.count == 1, person.strength < 3 {
                    person.kind = .person
                    person.strength = 2
                    person.role = titleText
                    m = [person]
                }
                return m
            }
            var role = titleText
            if !prefix.isEmpty {
                let prefixKey = ActorLexicon.key(surface(tokens, prefix, text))
                if let state = lexicon.demonyms[prefixKey] {
                    result += demonymMention(tokens, prefix, text: text, sentence: sentence, state: state, beforeTitle: true)
                } else {
                    // "Trade and Industry Secretary": a weak name before a title is the portfolio, not an actor.
                    result += segment(tokens, prefix, text: text, sentence: sentence).filter { $0.strength >= 2 }
                }
                role = surface(tokens, prefix, text) + " " + titleText
            }
            if !nameRange.isEmpty {
                // A second title right after the first ("Lord Chancellor Lord Falconer") is stripped too.
                var people = segment(tokens, nameRange, text: text, sentence: sentence)
                if let first = people.indices.first, people[first].firstToken == nameRange.lowerBound {
                    if people[first].kind != .person || people[first].strength < 3 {
                        people[first].kind = .person
                        people[first].strength = max(people[first].strength, 2)
                        people[first].canonical = nil
                    }
                    if people[first].role == nil {
                        people[first].role = Self.isHonorific(titleKey)
                            ? (roleBefore(tokens, run.lowerBound, text) ?? roleAfter(tokens, run.upperBound, text)) : role
                    }
                    if titleEnd - titleStart == 1 { people[first].titledSurface = titleText + " " + people[first].surface }
                }
                result += people
            }
            return result
        }
        return classify(tokens, run, text: text, sentence: sentence)
    }

    /// The look-up key of the words `run`, written with one space between them.
    static func joinedKey(_ tokens: [NameToken], _ run: Range<Int>) -> String {
        ActorLexicon.key(run.map { tokens[$0].text }.joined(separator: " "))
    }

    /// "Israel-Hamas", "Israeli-Palestinian", "Saudi-U.S.": a compound of known names or demonyms mentions
    /// each state or organization it joins; nil when a part is unknown ("Jean-Michel").
    func hyphenatedPair(_ token: NameToken, index: Int, text: [UInt8], sentence: Int) -> [NameMention]? {
        let parts = token.text.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return nil }
        var result: [NameMention] = []
        var offset = token.start
        for part in parts {
            let k = ActorLexicon.key(part)
            let entry = lexicon.entities[k]
            guard entry != nil || lexicon.demonyms[k] != nil else { return nil }
            let canonical = entry?.name ?? lexicon.demonyms[k]
            result.append(NameMention(words: [part], surface: part, titledSurface: nil, kind: entry?.kind ?? .place, strength: 3,
                                      canonical: canonical, sentence: sentence, firstToken: index, lastToken: index, role: nil))
            offset += part.utf8.count + 1
        }
        return result
    }

    /// Whether what follows a title is the name of an organization or an event ("Premier League").
    func headedName(_ tokens: [NameToken], _ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        return kindByHead(tokens, range) == .organization || tokens[last].flags.contains(.event)
    }

    static func isHonorific(_ key: String) -> Bool {
        ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "prof", "professor", "rev", "reverend"].contains(key)
    }

    /// The first title phrase of a run that is used as a title: followed by a name, or after a modifier.
    func findTitle(_ tokens: [NameToken], _ run: Range<Int>) -> (Int, Int)? {
        var p = run.lowerBound
        while p < run.upperBound {
            // Most words open no title: one bit saves building the phrases.
            guard tokens[p].flags.contains(.titleStart) else { p += 1; continue }
            var best: Int?
            var phrase = ""
            var q = p
            while q < run.upperBound && q - p < lexicon.maxTitleWords {
                phrase += (q == p ? "" : " ") + tokens[q].key
                if lexicon.titles.contains(phrase) { best = q + 1 }
                if tokens[q].possessive { break }
                q += 1
            }
            if var end = best {
                // "Secretary of State for the Family": the portfolio is part of the title.
                if end < run.upperBound, ["for", "of"].contains(tokens[end].text) { end = run.upperBound }
                let hasName = end < run.upperBound && tokens[end].isNameShaped && !Self.connectors.contains(tokens[end].text)
                if p == run.lowerBound && hasName { return (p, end) }
                if p > run.lowerBound {
                    let prefixIsPerson = tokens[run.lowerBound].flags.contains(.given)
                    if Self.postNominals.contains(phrase.split(separator: " ").first.map(String.init) ?? "") && !hasName {
                        return (p, end)
                    }
                    if !prefixIsPerson { return (p, end) }
                }
                if p == run.lowerBound && !hasName { return (p, end) }
            }
            p += 1
        }
        return nil
    }

    /// A demonym standing for its state ("Israeli leaders", "the Saudis", "Egyptian President"), or nothing
    /// when it is a nationality ("British actor").
    func demonymMention(_ tokens: [NameToken], _ run: Range<Int>, text: [UInt8], sentence: Int, state: String,
                        beforeTitle: Bool) -> [NameMention] {
        var isState = beforeTitle
        let next = run.upperBound < tokens.count ? tokens[run.upperBound] : nil
        if let next, next.shape == .lower, next.flags.contains(.stateNoun) { isState = true }
        let previous = run.lowerBound > 0 ? tokens[run.lowerBound - 1].text : ""
        let last = tokens[run.upperBound - 1].text
        if (previous == "the" || previous == "The"), last.hasSuffix("s") || last == "Chinese" || last == "Japanese" {
            // "the Saudis said", but not "the Chinese economy".
            if next == nil || next?.shape == .punct || (next.map { Self.verbLike($0.text) || Self.prepositions.contains($0.text) } ?? false) {
                isState = true
            }
        }
        guard isState else { return [] }
        return [mention(tokens, run, text: text, sentence: sentence, kind: .place, strength: 3, canonical: state)]
    }

    static let prepositions: StringSet = ["on", "in", "at", "to", "for", "with", "over", "about", "after", "before", "and", "or", "but"]

    static func verbLike(_ word: String) -> Bool {
        ["are", "were", "have", "had", "has", "will", "would", "could", "can", "must", "may", "might", "did", "do",
         "also", "said", "say", "want", "wanted", "insist", "insisted", "agreed", "refused", "claim", "claimed"].contains(word)
            || word.hasSuffix("ed")
    }
}
