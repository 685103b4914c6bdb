/// Finds the name mentions of one sentence: runs of capitalised words, cut at titles, classified.
///
/// Works on the tokens of `NameTokenizer`; every look-up is a dictionary or set probe, so the cost is
/// linear in the sentence length (the title look-ahead is bounded by the longest title phrase).
struct MentionFinder {
    let lexicon: ActorLexicon
    let evidence: ArticleEvidence

    /// Lowercase words that join capitalised words into one name ("Bank of America", "Ruud van Nistelrooy").
    static let connectors: StringSet = ["of", "for", "and", "&", "de", "van", "von", "der", "den", "da", "di", "du",
                                        "le", "la", "bin", "ibn", "del", "dos", "das", "y", "Of", "For", "And",
                                        "Without", "De", "Van", "Von"]
    /// Words that, before a single unknown name, make it a place ("in Santry").
    static let placePrepositions: StringSet = ["in", "near", "outside", "across", "around", "hometown", "capital", "city", "town", "village"]
    /// Post-nominal titles that follow the name ("Sandra Gidley MP").
    static let postNominals: StringSet = ["mp", "mep", "msp", "qc", "am"]
    /// Words that end a role read backwards from a name ("the", "said", "plus").
    static let functionWords: StringSet = ["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with",
                                           "from", "said", "says", "is", "was", "as", "that", "his", "her", "their", "its",
                                           "but", "who", "which", "has", "have", "had", "be", "been", "are", "were",
                                           "plus", "including", "such", "like", "among", "also", "then", "than", "while",
                                           "after", "before", "when", "where", "other", "fellow", "will", "would", "not"]

    /// The mentions of one sentence, in order. `headline` treats every word as possibly headline case.
    func mentions(in tokens: [NameToken], text: [UInt8], sentence: Int, headline: Bool = false) -> [NameMention] {
        guard let first = tokens.first else { return [] }
        if !first.flags.contains(.tagged) {
            var tagged = tokens
            lexicon.tag(&tagged)
            return mentions(in: tagged, text: text, sentence: sentence, headline: headline)
        }
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
                    let personSoFar = end - i >= 2 && tokens[i].flags.contains(.given)
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
        applyCues(&result, tokens)
        return result
    }

    /// Lowercase words after which a name followed by a plural verb is its subject ("because Ireland have").
    static let subjectOpeners: StringSet = ["the", "because", "but", "while", "although", "though", "since",
                                            "when", "where", "if", "so", "now", "yet", "until", "after", "before"]

    /// The cue words around each mention (`actors-cue-words.txt`): titles of works, bands and teams,
    /// players in sport articles, clubs in sport line-ups ("Coyne (Burnley)").
    func applyCues(_ mentions: inout [NameMention], _ tokens: [NameToken]) {
        func cue(_ index: Int) -> CueFlags {
            guard index >= 0, index < tokens.count, tokens[index].shape == .lower else { return [] }
            return tokens[index].flags.cues
        }
        for k in mentions.indices {
            let m = mentions[k]
            let possessive = tokens[m.lastToken].possessive
            let before = m.firstToken > 0 ? tokens[m.firstToken - 1] : nil
            let beforeCue = cue(m.firstToken - 1)
            let afterCue = possessive ? [] : cue(m.lastToken + 1)
            if m.strength < 3 {
                // "film Vera Drake", "Vera Drake star Imelda Staunton".
                // Only a person-shaped title: "former Westlife star Brian McFadden" is a band's member.
                let starBefore = !possessive && !evidence.sport && m.words.count >= 2 && tokens[m.firstToken].flags.contains(.given)
                    && m.lastToken + 2 < tokens.count && tokens[m.lastToken + 1].text == "star"
                    && tokens[m.lastToken + 2].isNameShaped
                if beforeCue.contains(.work) || starBefore { mentions[k].work = true }
                // ("Vera Drake star" reads "Hammers star Joe Cole" wrongly in sport, where a star is a player.)
                // "rock band Franz Ferdinand".
                if beforeCue.contains(.band) {
                    mentions[k].kind = .organization
                    mentions[k].strength = max(m.strength, 2)
                    mentions[k].team = true
                }
            }
            // "Franz Ferdinand have", "Ireland are unbeaten": one person takes no plural verb. Not after
            // "and" or a list ("Blair and Brown have"), nor as the object of a verb ("fans who saw Henry were").
            func subjectAt(_ i: Int) -> Bool {
                guard i >= 0 else { return true }
                let t = tokens[i]
                return t.shape == .lower ? Self.subjectOpeners.contains(t.text) : t.text != "&"
            }
            // "Liberal Democrat Charles Kennedy are": capitalised words before the name are skipped, so the
            // "and" before them is seen; "in the North East have": after "the", the word before it decides too.
            var open = m.firstToken - 1
            while open >= 0 && tokens[open].isNameShaped { open -= 1 }
            let subject = subjectAt(open) && (open < 0 || tokens[open].text != "the" || subjectAt(open - 1) && (open < 1 || tokens[open - 1].text != "the"))
            if afterCue.contains(.plural), m.titledSurface == nil, subject {
                if m.strength < 3 {
                    mentions[k].kind = .organization
                    mentions[k].strength = max(m.strength, 2)
                    mentions[k].team = true
                } else if evidence.sport && m.kind == .place {
                    mentions[k].team = true
                }
            }
            guard evidence.sport else { continue }
            // "defeat to Wales", "against England": a country as a team.
            // "against the United States and Canada": through "the", and along a list.
            let opponent = beforeCue.contains(.opponent)
                || (["to", "the"].contains(before?.text ?? "") && cue(m.firstToken - 2).contains(.opponent))
                || (k > 0 && mentions[k - 1].team && m.firstToken - mentions[k - 1].lastToken == 2
                    && [",", "and"].contains(tokens[m.firstToken - 1].text))
            if m.kind == .place, m.strength >= 3, opponent {
                mentions[k].team = true
            }
            // "Wrexham defender Stephen Roberts", "France coach Bernard Laporte".
            if afterCue.contains(.team), m.kind != .person || m.strength < 2 {
                mentions[k].kind = .organization
                mentions[k].strength = max(m.strength, 2)
                mentions[k].team = true
            }
            // "Henry scored", "Henry's goal".
            if m.words.count == 1, m.strength < 2, m.kind != .person || m.strength < 2,
               possessive ? cue(m.lastToken + 1).contains(.shot) : afterCue.contains(.scorer) {
                mentions[k].kind = .person
                mentions[k].strength = 2
            }
            // "Coyne (Burnley), Jones (Wolves)": a player and a club in a line-up.
            if k + 1 < mentions.count, !possessive, m.lastToken + 2 < tokens.count, tokens[m.lastToken + 1].text == "(" {
                let club = mentions[k + 1]
                let close = club.lastToken + 1 < tokens.count ? tokens[club.lastToken + 1].text : ""
                // Not "International Rugby Board (IRB)": a sure organization and its acronym.
                if club.firstToken == m.lastToken + 2, [")", ",", "/"].contains(close), m.kind == .person || m.strength <= 1,
                   !tokens[club.firstToken...club.lastToken].allSatisfy({ $0.shape == .acronym }) {
                    if m.strength < 3 { mentions[k].kind = .person; mentions[k].strength = max(m.strength, 2) }
                    mentions[k + 1].kind = .organization
                    mentions[k + 1].strength = 3
                    mentions[k + 1].team = true
                }
            }
        }
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
        // Only a sure kind (or one passed along the list from a sure kind) spreads.
        var sure = mentions.map { $0.strength >= 2 }
        for _ in 0..<2 {  // forward then backward, so a person's kind runs along the whole list
            for k in 1..<mentions.count where linked(mentions[k - 1], mentions[k]) {
                let (a, b) = (mentions[k - 1], mentions[k])
                if b.strength == 0, sure[k - 1], a.kind != .organization {
                    mentions[k].kind = a.kind; mentions[k].strength = 1; sure[k] = true
                }
                if a.strength == 0, sure[k], b.kind != .organization {
                    mentions[k - 1].kind = b.kind; mentions[k - 1].strength = 1; sure[k - 1] = true
                }
            }
        }
    }

    /// Whether each token may be part of a name: capitalised and not a stopword or an ordinary word
    /// that is capitalised only because it starts the sentence or the headline.
    func nameableFlags(_ tokens: [NameToken], headline: Bool) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        // Tokens are read in place by index: a token copied is two reference counts.
        for i in tokens.indices where tokens[i].isNameShaped {
            let initial = headline || Self.opensClause(tokens, i)
            let text = tokens[i].text
            // "AND", "THE" written in capitals are still stopwords; "US" is not "Us".
            let shouted = tokens[i].shape == .acronym && lexicon.entities[tokens[i].key] == nil
                && lexicon.stopwords.contains(text.prefix(1) + text.dropFirst().lowercased())
            if shouted || lexicon.stopwords.contains(text) {
                // "Northern Ireland", "United Arab Emirates": a stopword inside a known name.
                if let span = knownPhrase(around: i, tokens) {
                    for j in span where tokens[j].isNameShaped { flags[j] = true }
                    continue
                }
                // "Theresa May", "Hans Christian Andersen": a stopword that is also a given name, next to a name.
                let given = tokens[i].flags.contains(.given)
                let nextName = i + 1 < tokens.count && tokens[i + 1].isNameShaped && !lexicon.stopwords.contains(tokens[i + 1].text)
                let previousName = i > 0 && tokens[i - 1].isNameShaped && !lexicon.stopwords.contains(tokens[i - 1].text)
                flags[i] = given && (nextName || previousName) && !headline
                continue
            }
            // "Coyne (Burnley)": a club in brackets after a player's name in a sport article.
            let bracketed = evidence.sport && (i >= 2 && tokens[i - 1].punctuationByte == UInt8(ascii: "(") && tokens[i - 2].isNameShaped
                || i + 2 < tokens.count && tokens[i + 1].punctuationByte == UInt8(ascii: "(") && tokens[i + 2].isNameShaped)
            if !initial || tokens[i].shape == .acronym || bracketed {
                flags[i] = true
                continue
            }
            flags[i] = initialIsName(tokens[i], next: i + 1 < tokens.count ? tokens[i + 1] : nil, headline: headline)
        }
        return flags
    }

    /// Whether token `i` starts the sentence, or a quote, clause or bracket where any word is capitalised.
    /// A closing quote (a space between it and the word) does not open anything: `," Blinken said`.
    static func opensClause(_ tokens: [NameToken], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        guard let mark = tokens[i - 1].punctuationByte else { return false }
        switch mark {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            // An opening quote touches the word; a closing one ends a sentence when a stop precedes it
            // (`...60p." The Department`), which a splitter may have left in one sentence.
            if tokens[i - 1].end == tokens[i].start { return true }
            guard i >= 2, let stop = tokens[i - 2].punctuationByte else { return false }
            return stop == UInt8(ascii: ".") || stop == UInt8(ascii: "!") || stop == UInt8(ascii: "?")
        case UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: ";"), UInt8(ascii: "."),
             UInt8(ascii: "!"), UInt8(ascii: "?"):
            return true
        default: return false
        }
    }

    /// The tokens of a gazetteer name of two to four words that contains token `i`, if any.
    func knownPhrase(around i: Int, _ tokens: [NameToken]) -> Range<Int>? {
        // Only phrases that begin some known name are built and looked up.
        for start in stride(from: i, through: max(0, i - 2), by: -1)
        where tokens[start].isNameShaped && lexicon.entityPrefixes.contains(tokens[start].key) {
            var phrase = tokens[start].key
            var j = start + 1
            while j < tokens.count && j - start < 4 && tokens[j].isWord {
                phrase += " " + tokens[j].key
                if j >= i, lexicon.entities[phrase] != nil { return start..<(j + 1) }
                if tokens[j].possessive || !lexicon.entityPrefixes.contains(phrase) { break }
                j += 1
            }
        }
        return nil
    }

    /// Whether a capitalised word at the start of a sentence, quote or headline is a name.
    func initialIsName(_ token: NameToken, next: NameToken?, headline: Bool) -> Bool {
        let word = token.text
        let k = token.key
        if (lexicon.entities[k] != nil && !lexicon.acronymOnly.contains(k)) || lexicon.demonyms[k] != nil || lexicon.titles.contains(k) { return true }
        if evidence.midCaps.contains(word) { return true }
        if headline { return false }
        if token.flags.contains(.given) { return true }
        // "Injured Chelsea...", "Comedian Harry Hill": an inflected word or a role noun opens the sentence.
        if token.flags.contains(.personNoun) || (k.hasSuffix("s") && lexicon.personNouns.contains(String(k.dropLast()))) || k.hasSuffix("ed") || k.hasSuffix("ing") || k.hasSuffix("ly") { return false }
        if let next, next.isNameShaped, !evidence.lowerWords.contains(k), !lexicon.stopwords.contains(next.text) { return true }
        return false
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
}
