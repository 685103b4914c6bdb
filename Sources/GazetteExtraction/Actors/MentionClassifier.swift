/// Deciding what kind of actor a name without a title is: gazetteers, head words, given names and surnames,
/// the words around it; or that it is no actor (events, works, generic bodies, fragments).
extension MentionFinder {
    /// Classifies a run with no title in it, cutting it at "and" when the pieces are separate names.
    func classify(_ tokens: [NameToken], _ run: Range<Int>, text: [UInt8], sentence: Int) -> [NameMention] {
        // "Tony Blair and Gordon Brown" are two names; "Securities and Exchange Commission" is one.
        if let andIndex = run.first(where: { tokens[$0].text == "and" || tokens[$0].text == "And" }) {
            let whole = kindByHead(tokens, run)
            let bothHeaded = kindByHead(tokens, run.lowerBound..<andIndex) != nil && kindByHead(tokens, (andIndex + 1)..<run.upperBound) != nil
            let leftKnown = andIndex - run.lowerBound == 1
                && (tokens[run.lowerBound].shape == .acronym || lexicon.entities[tokens[run.lowerBound].key] != nil)
            if whole != .organization || bothHeaded || leftKnown || tokens[run.lowerBound].flags.contains(.given) {
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
           !lastToken.flags.contains(.event) {
            return classify(tokens, (run.lowerBound + 1)..<run.upperBound, text: text, sentence: sentence)
        }
        // "New Zealander Peter Jackson": a two-word nationality.
        if run.count >= 3, lexicon.demonyms[firstKey + " " + tokens[run.lowerBound + 1].key] != nil,
           kindByHead(tokens, run) == nil, !lastToken.flags.contains(.event) {
            return classify(tokens, (run.lowerBound + 2)..<run.upperBound, text: text, sentence: sentence)
        }
        // "Unison Dave Prentis": an unknown word glued before a given name and surname is another name.
        if run.count >= 3, !first.flags.contains(.given), tokens[run.lowerBound + 1].flags.contains(.given),
           !run.contains(where: { Self.connectors.contains(tokens[$0].text) }) {
            return classify(tokens, run.lowerBound..<(run.lowerBound + 1), text: text, sentence: sentence)
                + classify(tokens, (run.lowerBound + 1)..<run.upperBound, text: text, sentence: sentence)
        }
        if run.count == 1 && first.text.utf8.count < 2 { return [] }
        // Events, awards, laws and works are not actors.
        if lastToken.flags.contains(.event) { return [] }
        if lastToken.key.hasSuffix("s"), lexicon.eventWords.contains(String(lastToken.key.dropLast())) { return [] }
        if run.count >= 2 {
            let lastTwo = ActorLexicon.key(tokens[run.upperBound - 2].text + " " + lastToken.text)
            if lexicon.eventWords.contains(lastTwo) { return [] }
        }
        if run.count == 1 && first.flags.contains(.generic) { return [] }
        // "Six Nations", "20th Century Fox", "Chapter 11": one word glued to a number or a capitalised
        // stopword is the rest of a longer name that cannot be read alone.
        if run.count == 1, let before, before.shape == .number
            || (before.isNameShaped && lexicon.stopwords.contains(before.text) && !Self.opensClause(tokens, run.lowerBound - 1)) {
            return []
        }
        if run.count == 1, let after, after.shape == .number { return [] }
        if let ofIndex = run.first(where: { tokens[$0].text == "of" }), ofIndex > run.lowerBound,
           tokens[ofIndex - 1].flags.contains(.event) { return [] }
        if let kind = kindByHead(tokens, run) {
            // "Thomas Haden Church", "Andy Street": a given name and a head that is also a surname.
            if first.flags.contains(.given), run.count <= 3, !run.contains(where: { Self.connectors.contains(tokens[$0].text) }),
               !lastToken.flags.isDisjoint(with: [.placeWord, .surname]) || lastToken.key == "church" {
                return [mention(tokens, run, text: text, sentence: sentence, kind: .person, strength: 2)]
            }
            return [mention(tokens, run, text: text, sentence: sentence, kind: kind, strength: 2)]
        }
        // "Reporters Without Borders": a capitalised function word inside a name belongs to an organization's name.
        if run.count >= 3, run.contains(where: { ["Without", "Of", "For", "And", "On", "In"].contains(tokens[$0].text) }) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .organization, strength: 1)]
        }
        // "Parken stadium": a lowercase place head joins the name.
        if let after, after.shape == .lower, after.flags.contains(.placeJoin) {
            return [mention(tokens, run.lowerBound..<(run.upperBound + 1), text: text, sentence: sentence, kind: .place, strength: 2)]
        }
        // "the Khan Younis area", "the Rafah border": a place word after an unknown name.
        if let after, after.shape == .lower, after.flags.cues.contains(.place) {
            return [mention(tokens, run, text: text, sentence: sentence, kind: .place, strength: 2)]
        }
        let previousWord = before?.shape == .lower ? before?.text : nil
        let personCue = previousWord != nil && (before?.flags.contains(.personNoun) ?? false)
        if first.flags.contains(.given) && (run.count >= 2 || personCue) {
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
        // "Page (Cardiff)": in a sport line-up an ordinary word before a club in brackets is a player.
        if evidence.lowerWords.contains(firstKey) && first.shape != .acronym && !(evidence.sport && after?.text == "(") { return [] }
        // `"...," Blinken said`: the speaker of a direct quote.
        let speaker = (after.map { QuoteAttributor.speechVerbs.contains($0.text) } ?? false) && before?.text == "\""
        // "Closer", "Drama", "WINNERS": an ordinary word alone is a work's title, a heading or a fragment,
        // unless a title, a role or a line-up says it is someone ("Mr Young", "striker Page", "Page (Cardiff)").
        let titled = before.map { $0.isNameShaped && $0.flags.contains(.title) } ?? false
        if !personCue, !speaker, !titled, !(evidence.sport && after?.text == "("),
           first.shape != .acronym || first.key.utf8.count >= 4, first.flags.contains(.common) {
            return []
        }
        if personCue || speaker || !first.flags.isDisjoint(with: [.given, .surname]) {
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
        let headFlags = tokens[headIndex].flags
        let head = tokens[headIndex].key
        let last = tokens[run.upperBound - 1].key
        // "Gaza City", "Mexico City": a city or town, except a club in a sport article ("Stoke City").
        if run.count >= 2, head == last, head == "city" || head == "town", !evidence.sport { return .place }
        if headFlags.contains(.orgWord) || (headIndex != run.upperBound - 1 && tokens[run.upperBound - 1].flags.contains(.orgWord) && run.count > 2) {
            return .organization
        }
        if run.count >= 2 && headFlags.contains(.placeWord) { return .place }
        if run.count >= 2 && tokens[run.lowerBound].flags.contains(.placePrefix) { return .place }
        return nil
    }
}
