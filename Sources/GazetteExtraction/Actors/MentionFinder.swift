/// Finds the name mentions of one sentence: runs of capitalised words, cut at titles, classified.
///
/// Works on the tokens of `NameTokenizer`; every look-up is a dictionary or set probe, so the cost is
/// linear in the sentence length (the title look-ahead is bounded by the longest title phrase).
struct MentionFinder {
    let lexicon: ActorLexicon
    let evidence: ArticleEvidence

    /// Lowercase words that join capitalised words into one name ("Bank of America", "Ruud van Nistelrooy").
    static let connectors: Set<String> = ["of", "for", "and", "&", "de", "van", "von", "der", "den", "da", "di", "du",
                                          "le", "la", "bin", "ibn", "del", "dos", "das", "y", "Of", "For", "And",
                                          "Without", "De", "Van", "Von"]
    /// Words that, before a single unknown name, make it a place ("in Santry").
    static let placePrepositions: Set<String> = ["in", "near", "outside", "across", "around", "hometown", "capital", "city", "town", "village"]
    /// Post-nominal titles that follow the name ("Sandra Gidley MP").
    static let postNominals: Set<String> = ["mp", "mep", "msp", "qc", "am"]
    /// Words that end a role read backwards from a name ("the", "said", "plus").
    static let functionWords: Set<String> = ["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with",
                                             "from", "said", "says", "is", "was", "as", "that", "his", "her", "their", "its",
                                             "but", "who", "which", "has", "have", "had", "be", "been", "are", "were",
                                             "plus", "including", "such", "like", "among", "also", "then", "than", "while",
                                             "after", "before", "when", "where", "other", "fellow", "will", "would", "not"]

    /// The mentions of one sentence, in order. `headline` treats every word as possibly headline case.
    func mentions(in tokens: [NameToken], text: [UInt8], sentence: Int, headline: Bool = false) -> [NameMention] {
        guard !tokens.isEmpty else { return [] }
        let nameable = nameableFlags(tokens, headline: headline)
        var result: [NameMention] = []
        var i = 0
        var workTitleUntil = -1  // "The Emperor's New Clothes": runs glued after "The X's" belong to the title
        while i < tokens.count {
            guard nameable[i] else { i += 1; continue }
            // Grow a run of name words with connectors between them.
            var end = i + 1
            if !tokens[i].possessive {
                while end < tokens.count {
                    if nameable[end] {
                        end += 1
                        if tokens[end - 1].possessive { break }
                        continue
                    }
                    // "Gerard Rijk of Inbev": a person's name does not go on with "of".
                    let personSoFar = end - i >= 2 && lexicon.givenNames.contains(tokens[i].key)
                    if personSoFar && ["of", "for"].contains(tokens[end].text) { break }
                    if Self.connectors.contains(tokens[end].text), end + 1 < tokens.count {
                        if nameable[end + 1] { end += 2; if tokens[end - 1].possessive { break }; continue }
                        // "of the": "Chancellor of the Exchequer", "Church of the Nazarene"
                        if tokens[end].text == "of" || tokens[end].text == "for", end + 2 < tokens.count, tokens[end + 1].text == "the", nameable[end + 2] {
                            end += 3
                            if tokens[end - 1].possessive { break }
                            continue
                        }
                    }
                    break
                }
            }
            let afterThe = i > 1 && tokens[i - 1].text == "The" && !headline && !Self.opensClause(tokens, i - 1)
            if afterThe || i == workTitleUntil {
                if tokens[end - 1].possessive { workTitleUntil = end }
                // A known name after "The" is still a name ("The Hague", "The Times").
                let k = ActorLexicon.key("the " + tokens[i..<end].map(\.text).joined(separator: " "))
                if let entry = lexicon.entities[k] {
                    result.append(mention(tokens, (i - 1)..<end, text: text, sentence: sentence, kind: entry.kind, strength: 3, canonical: entry.name))
                }
            } else {
                result.append(contentsOf: segment(tokens, i..<end, text: text, sentence: sentence))
            }
            i = end
        }
        Self.shareKindInLists(&result, tokens)
        return result
    }

    /// "Carvalho, Ferreira and Gudjohnsen": a guessed name listed beside a person's name, with only a comma
    /// or "and" between them, is a person's too (the same for places).
    static func shareKindInLists(_ mentions: inout [NameMention], _ tokens: [NameToken]) {
        guard mentions.count > 1 else { return }
        func linked(_ a: NameMention, _ b: NameMention) -> Bool {
            let gap = b.firstToken - a.lastToken
            guard gap == 2 else { return false }
            let between = tokens[a.lastToken + 1].text
            return between == "," || between == "and" || between == "or"
        }
        for _ in 0..<2 {  // forward then backward, so a person's kind runs along the whole list
            for k in 1..<mentions.count where linked(mentions[k - 1], mentions[k]) {
                let (a, b) = (mentions[k - 1], mentions[k])
                if b.strength == 0, a.strength >= 1, a.kind != .organization { mentions[k].kind = a.kind; mentions[k].strength = 1 }
                if a.strength == 0, b.strength >= 1, b.kind != .organization { mentions[k - 1].kind = b.kind; mentions[k - 1].strength = 1 }
            }
        }
    }

    /// Whether each token may be part of a name: capitalised and not a stopword or an ordinary word
    /// that is capitalised only because it starts the sentence or the headline.
    func nameableFlags(_ tokens: [NameToken], headline: Bool) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        for (i, token) in tokens.enumerated() where token.isNameShaped {
            let previous = i > 0 ? tokens[i - 1] : nil
            let initial = headline || Self.opensClause(tokens, i)
            // "AND", "THE" written in capitals are still stopwords; "US" is not "Us".
            let shouted = token.shape == .acronym && lexicon.entities[token.key] == nil
                && lexicon.stopwords.contains(token.text.prefix(1) + token.text.dropFirst().lowercased())
            if shouted || lexicon.stopwords.contains(token.text) {
                // "Northern Ireland", "United Arab Emirates": a stopword inside a known name.
                if let span = knownPhrase(around: i, tokens) {
                    for j in span where tokens[j].isNameShaped { flags[j] = true }
                    continue
                }
                // "Theresa May", "Hans Christian Andersen": a stopword that is also a given name, next to a name.
                let given = lexicon.givenNames.contains(token.key)
                let nextName = i + 1 < tokens.count && tokens[i + 1].isNameShaped && !lexicon.stopwords.contains(tokens[i + 1].text)
                let previousName = (previous?.isNameShaped ?? false) && !lexicon.stopwords.contains(previous?.text ?? "")
                flags[i] = given && (nextName || previousName) && !headline
                continue
            }
            if !initial || token.shape == .acronym {
                flags[i] = true
                continue
            }
            flags[i] = initialIsName(token.text, next: i + 1 < tokens.count ? tokens[i + 1] : nil, headline: headline)
        }
        return flags
    }

    /// Whether token `i` starts the sentence, or a quote, clause or bracket where any word is capitalised.
    /// A closing quote (a space between it and the word) does not open anything: `," Blinken said`.
    static func opensClause(_ tokens: [NameToken], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let previous = tokens[i - 1]
        guard previous.shape == .punct else { return false }
        switch previous.text {
        case "\"", "'":
            // An opening quote touches the word; a closing one ends a sentence when a stop precedes it
            // (`...60p." The Department`), which a splitter may have left in one sentence.
            if previous.end == tokens[i].start { return true }
            return i >= 2 && [".", "!", "?"].contains(tokens[i - 2].text)
        case ":", "(", "-", ";", ".", "!", "?": return true
        default: return false
        }
    }

    /// The tokens of a gazetteer name of two to four words that contains token `i`, if any.
    func knownPhrase(around i: Int, _ tokens: [NameToken]) -> Range<Int>? {
        for start in stride(from: i, through: max(0, i - 2), by: -1) where tokens[start].isNameShaped {
            var phrase = tokens[start].key
            var j = start + 1
            while j < tokens.count && j - start < 4 && tokens[j].isWord {
                phrase += " " + tokens[j].key
                if j >= i, lexicon.entities[phrase] != nil { return start..<(j + 1) }
                if tokens[j].possessive { break }
                j += 1
            }
        }
        return nil
    }

    /// Whether a capitalised word at the start of a sentence, quote or headline is a name.
    func initialIsName(_ word: String, next: NameToken?, headline: Bool) -> Bool {
        let k = ActorLexicon.key(word)
        if lexicon.entities[k] != nil || lexicon.demonyms[k] != nil || lexicon.titles.contains(k) { return true }
        if evidence.midCaps.contains(word) { return true }
        if headline { return false }
        if lexicon.givenNames.contains(k) { return true }
        // "Injured Chelsea...", "Comedian Harry Hill": an inflected word or a role noun opens the sentence.
        if lexicon.personNouns.contains(k) || (k.hasSuffix("s") && lexicon.personNouns.contains(String(k.dropLast()))) || k.hasSuffix("ed") || k.hasSuffix("ing") || k.hasSuffix("ly") { return false }
        if let next, next.isNameShaped, !evidence.lowerWords.contains(k), !lexicon.stopwords.contains(next.text) { return true }
        return false
    }

    /// Cuts a run at titles and "and", and classifies the pieces.
    func segment(_ tokens: [NameToken], _ run: Range<Int>, text: [UInt8], sentence: Int) -> [NameMention] {
        let words = run.map { tokens[$0].text }
        let k = ActorLexicon.key(words.joined(separator: " "))
        if let entry = lexicon.entities[k] {
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
           let entry = lexicon.entities[ActorLexicon.key(words.dropFirst().joined(separator: " "))], entry.kind == .organization {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 3, canonical: entry.name)]
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
        return kindByHead(tokens, range) == .organization || lexicon.eventWords.contains(tokens[last].key)
    }

    static func isHonorific(_ key: String) -> Bool {
        ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "prof", "professor", "rev", "reverend"].contains(key)
    }

    /// The first title phrase of a run that is used as a title: followed by a name, or after a modifier.
    func findTitle(_ tokens: [NameToken], _ run: Range<Int>) -> (Int, Int)? {
        var p = run.lowerBound
        while p < run.upperBound {
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
                    let prefixFirst = tokens[run.lowerBound].key
                    let prefixIsPerson = lexicon.givenNames.contains(prefixFirst)
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
        if let next, next.shape == .lower, lexicon.stateNouns.contains(next.text) { isState = true }
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

    static let prepositions: Set<String> = ["on", "in", "at", "to", "for", "with", "over", "about", "after", "before", "and", "or", "but"]

    static func verbLike(_ word: String) -> Bool {
        ["are", "were", "have", "had", "has", "will", "would", "could", "can", "must", "may", "might", "did", "do",
         "also", "said", "say", "want", "wanted", "insist", "insisted", "agreed", "refused", "claim", "claimed"].contains(word)
            || word.hasSuffix("ed")
    }

    /// Classifies a run with no title in it, cutting it at "and" when the pieces are separate names.
    func classify(_ tokens: [NameToken], _ run: Range<Int>, text: [UInt8], sentence: Int) -> [NameMention] {
        // "Tony Blair and Gordon Brown" are two names; "Securities and Exchange Commission" is one.
        if let andIndex = run.first(where: { tokens[$0].text == "and" || tokens[$0].text == "And" }) {
            let whole = kindByHead(tokens, run)
            let bothHeaded = kindByHead(tokens, run.lowerBound..<andIndex) != nil && kindByHead(tokens, (andIndex + 1)..<run.upperBound) != nil
            let leftKnown = andIndex - run.lowerBound == 1
                && (tokens[run.lowerBound].shape == .acronym || lexicon.entities[tokens[run.lowerBound].key] != nil)
            if whole != .organization || bothHeaded || leftKnown || lexicon.givenNames.contains(tokens[run.lowerBound].key) {
                return segment(tokens, run.lowerBound..<andIndex, text: text, sentence: sentence)
                    + segment(tokens, (andIndex + 1)..<run.upperBound, text: text, sentence: sentence)
            }
        }
        // "The Little Mermaid" written mid-sentence, or a name in quotes: a title of a work.
        let before = run.lowerBound > 0 ? tokens[run.lowerBound - 1] : nil
        let after = run.upperBound < tokens.count ? tokens[run.upperBound] : nil
        if before?.text == "\"" && after?.text == "\"" && run.count > 1 { return [] }

        let first = tokens[run.lowerBound]
        let lastToken = tokens[run.upperBound - 1]
        let firstKey = first.key

        // "Spaniard Rafael Nadal", "Kenyan Paul Tergat": a nationality before a person's name.
        if run.count >= 2, lexicon.demonyms[firstKey] != nil, kindByHead(tokens, run) == nil,
           !lexicon.eventWords.contains(lastToken.key) {
            return classify(tokens, (run.lowerBound + 1)..<run.upperBound, text: text, sentence: sentence)
        }
        // "Unison Dave Prentis": an unknown word glued before a given name and surname is another name.
        if run.count >= 3, !lexicon.givenNames.contains(firstKey), lexicon.givenNames.contains(tokens[run.lowerBound + 1].key),
           !run.contains(where: { Self.connectors.contains(tokens[$0].text) }) {
            return classify(tokens, run.lowerBound..<(run.lowerBound + 1), text: text, sentence: sentence)
                + classify(tokens, (run.lowerBound + 1)..<run.upperBound, text: text, sentence: sentence)
        }
        if run.count == 1 && first.text.utf8.count < 2 { return [] }
        // Events, awards, laws and works are not actors.
        if lexicon.eventWords.contains(lastToken.key) { return [] }
        if lastToken.key.hasSuffix("s"), lexicon.eventWords.contains(String(lastToken.key.dropLast())) { return [] }
        if run.count >= 2 {
            let lastTwo = ActorLexicon.key(tokens[run.upperBound - 2].text + " " + lastToken.text)
            if lexicon.eventWords.contains(lastTwo) { return [] }
        }
        if run.count == 1 && lexicon.genericWords.contains(firstKey) { return [] }
        // "Six Nations", "20th Century Fox", "Chapter 11": one word glued to a number or a capitalised
        // stopword is the rest of a longer name that cannot be read alone.
        if run.count == 1, let before, before.shape == .number
            || (before.isNameShaped && lexicon.stopwords.contains(before.text) && !Self.opensClause(tokens, run.lowerBound - 1)) {
            return []
        }
        if run.count == 1, let after, after.shape == .number { return [] }
        if let ofIndex = run.first(where: { tokens[$0].text == "of" }), ofIndex > run.lowerBound,
           lexicon.eventWords.contains(tokens[ofIndex - 1].key) { return [] }
        if let kind = kindByHead(tokens, run) {
            // "Thomas Haden Church", "Andy Street": a given name and a head that is also a surname.
            if lexicon.givenNames.contains(firstKey), run.count <= 3, !run.contains(where: { Self.connectors.contains(tokens[$0].text) }),
               lexicon.placeWords.contains(lastToken.key) || lexicon.surnames.contains(lastToken.key) || lastToken.key == "church" {
                return [mention(tokens, run, text: text, sentence: sentence, kind: .person, strength: 2)]
            }
            return [mention(tokens, run, text: text, sentence: sentence, kind: kind, strength: 2)]
        }
        // "Reporters Without Borders": a capitalised function word inside a name belongs to an organization's name.
        if run.count >= 3, run.contains(where: { ["Without", "Of", "For", "And", "On", "In"].contains(tokens[$0].text) }) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 1)]
        }
        // "Parken stadium": a lowercase place head joins the name.
        if let after, after.shape == .lower, lexicon.placeJoinWords.contains(after.text) {
            return [mention(tokens, run.lowerBound..<(run.upperBound + 1), text: text, sentence: sentence, kind: .place, strength: 2)]
        }
        let previousWord = before?.shape == .lower ? before?.text : nil
        let personCue = previousWord.map { lexicon.personNouns.contains($0) } ?? false
        if lexicon.givenNames.contains(firstKey) && (run.count >= 2 || personCue) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .person, strength: 2)]
        }
        if run.count >= 2, run.contains(where: { tokens[$0].text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 1)]
        }
        if run.contains(where: { tokens[$0].shape == .acronym && lexicon.entities[tokens[$0].key]?.kind != .place }) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 2)]
        }
        if run.count >= 2 {
            // A known place at either end of an unknown name: "Athletics Ireland", "China Mobile".
            let lastKey = lastToken.key
            // "Sony Ericsson": a known organization's name opens another organization's.
            if lexicon.entities[firstKey] != nil || lexicon.entities[lastKey]?.kind == .place
                || lexicon.demonyms[firstKey] != nil {
                return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 1)]
            }
            if personCue { return [mention(tokens, run, text: text, sentence: sentence, kind: .person, strength: 2)] }
            // Long names with no given name, or with "of" inside, are rarely people's ("Kings of Leon").
            if run.count >= 3 || run.contains(where: { Self.connectors.contains(tokens[$0].text) }) {
                return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 1)]
            }
            // Several capitalised words that are not ordinary words: most often a person's name.
            let ordinary = run.filter { evidence.lowerWords.contains(tokens[$0].key) }.count
            if ordinary == 0 || (ordinary == 1 && run.count >= 3) {
                return [mention(tokens, run, text: text, sentence: sentence, kind: .person, strength: 1)]
            }
            return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 1)]
        }
        // One unknown word.
        if lexicon.demonyms[firstKey] != nil { return [] }
        if evidence.lowerWords.contains(firstKey) && first.shape != .acronym { return [] }
        // `"...," Blinken said`: the speaker of a direct quote.
        let speaker = (after.map { QuoteAttributor.speechVerbs.contains($0.text) } ?? false) && before?.text == "\""
        if personCue || speaker || lexicon.givenNames.contains(firstKey) || lexicon.surnames.contains(firstKey) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .person, strength: personCue ? 2 : 1)]
        }
        // "Blinken will discuss ... when he visits": a pronoun for a person follows before any other name.
        var look = run.upperBound
        while look < tokens.count && look < run.upperBound + 12 && !tokens[look].isNameShaped {
            if ["he", "she", "his", "her", "him"].contains(tokens[look].text) {
                return [mention(tokens, run, text: text, sentence: sentence, kind: .person, strength: 1)]
            }
            look += 1
        }
        // "A Markdown article": an unknown word after an indefinite article is an adjective, not a name.
        if let before, ["a", "an", "A", "An"].contains(before.text), first.shape != .acronym { return [] }
        if let previousWord, Self.placePrepositions.contains(previousWord) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .place, strength: 1)]
        }
        if before?.text == "of", run.lowerBound >= 2, Self.placePrepositions.contains(tokens[run.lowerBound - 2].text) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .place, strength: 1)]
        }
        return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 0)]
    }

    /// The kind a name's head word gives it: "Bank" (of America) or "Party" makes an organization,
    /// "Street" or "St" (Etienne) a place; nil when the head says nothing.
    func kindByHead(_ tokens: [NameToken], _ run: Range<Int>) -> ActorKind? {
        var headIndex = run.upperBound - 1
        if let ofIndex = run.first(where: { ["of", "for", "Of", "For"].contains(tokens[$0].text) }), ofIndex > run.lowerBound {
            headIndex = ofIndex - 1
        }
        let head = tokens[headIndex].key
        let last = tokens[run.upperBound - 1].key
        if lexicon.orgWords.contains(head) || (headIndex != run.upperBound - 1 && lexicon.orgWords.contains(last) && run.count > 2) {
            return .organization
        }
        if run.count >= 2 && lexicon.placeWords.contains(head) { return .place }
        if run.count >= 2 && lexicon.placePrefixWords.contains(tokens[run.lowerBound].key) { return .place }
        return nil
    }

    /// The text of tokens `range`, exactly as written in the sentence.
    func surface(_ tokens: [NameToken], _ range: Range<Int>, _ text: [UInt8]) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(decoding: text[tokens[first].start..<tokens[last].end], as: UTF8.self)
    }

    func mention(_ tokens: [NameToken], _ range: Range<Int>, text: [UInt8], sentence: Int, kind: ActorKind,
                 strength: Int, canonical: String? = nil) -> NameMention {
        let upper = min(range.upperBound, tokens.count)
        let clipped = range.lowerBound..<upper
        var m = NameMention(words: clipped.map { tokens[$0].text }, surface: surface(tokens, clipped, text), titledSurface: nil,
                            kind: kind, strength: strength, canonical: canonical, sentence: sentence,
                            firstToken: clipped.lowerBound, lastToken: upper - 1, role: nil)
        if kind == .person { m.role = roleBefore(tokens, clipped.lowerBound, text) ?? roleAfter(tokens, upper, text) }
        return m
    }

    /// "Federal Reserve chairman Alan Greenspan", "US literary critic Harold Bloom": lowercase words ending in
    /// a person noun just before the name, with the capitalised modifier before them.
    func roleBefore(_ tokens: [NameToken], _ start: Int, _ text: [UInt8]) -> String? {
        guard start > 0, tokens[start - 1].shape == .lower, lexicon.personNouns.contains(tokens[start - 1].text) else { return nil }
        var from = start - 1
        while from > 0 && start - from < 4 {
            let t = tokens[from - 1]
            if t.shape == .lower && !Self.functionWords.contains(t.text) { from -= 1; continue }
            break
        }
        // The capitalised modifier: up to three name-shaped words ("Federal Reserve", "US").
        var modifier = from
        while modifier > 0 && from - modifier < 3 && tokens[modifier - 1].isNameShaped && !tokens[modifier - 1].possessive
            && !lexicon.stopwords.contains(tokens[modifier - 1].text) {
            modifier -= 1
        }
        return surface(tokens, modifier..<start, text)
    }

    /// ", head of currency strategy at Bank of America,": an apposition after the name that starts with a
    /// person noun or title.
    func roleAfter(_ tokens: [NameToken], _ end: Int, _ text: [UInt8]) -> String? {
        guard end + 1 < tokens.count, tokens[end].text == "," else { return nil }
        var start = end + 1
        if ["the", "a", "an"].contains(tokens[start].text) { start += 1 }
        guard start < tokens.count, lexicon.personNouns.contains(tokens[start].key) else { return nil }
        var stop = start
        while stop < tokens.count && stop - start < 10 && tokens[stop].shape != .punct { stop += 1 }
        return surface(tokens, start..<stop, text)
    }
}
