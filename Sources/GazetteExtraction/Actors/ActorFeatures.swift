/// What the words around one mention say, kept when the mention is found so that the model can
/// weigh it after mentions are merged.
struct MentionContext: Sendable {
    /// Lookup keys of the word before and after the name ("" at the edge of the sentence).
    var before = ""
    var after = ""
    /// The name opens its sentence, a quote or a clause, where every word is capitalised.
    var opensClause = false
    /// What the lexicon knows about the name's words, together, and about its last word.
    var flags: WordFlags = []
    var headFlags: WordFlags = []
    var beforeFlags: WordFlags = []
    var afterFlags: WordFlags = []

    init(_ mention: NameMention, tokens: [NameToken]) {
        let first = mention.firstToken, last = mention.lastToken
        guard first >= 0, last < tokens.count, first <= last else { return }
        for token in tokens[first...last] { flags.formUnion(token.flags) }
        headFlags = tokens[last].flags
        opensClause = MentionFinder.opensClause(tokens, first)
        if first > 0 { before = tokens[first - 1].key; beforeFlags = tokens[first - 1].flags }
        if last + 1 < tokens.count { after = tokens[last + 1].key; afterFlags = tokens[last + 1].flags }
    }
}

/// The clues `ActorModel` weighs for one merged group of mentions: what the rules decided, the
/// gazetteers, the name's words, shape and suffix, and the words around each mention.
enum ActorFeatures {
    /// Adds the features of the group `members` (positions in `mentions`) to `sink`; `rule` is the
    /// kind the hand-written rules give the group, or nil when they drop it.
    static func collect(_ members: [Int], mentions: [NameMention], contexts: [MentionContext], rule: ActorKind?,
                        lexicon: ActorLexicon, into sink: inout some FeatureSink) {
        sink.add("bias", "")
        sink.add("rule", rule?.rawValue ?? "none")
        // Read in place: a NameMention copied is a dozen reference counts.
        var strength = 0, fullest = members[0], fewestWords = Int.max, mostWords = 0
        var team = false, work = false, titled = false, role = false, headlineOnly = true
        for i in members {
            strength = max(strength, mentions[i].strength)
            let wordCount = mentions[i].words.count
            if wordCount > mostWords { fullest = i; mostWords = wordCount }
            fewestWords = min(fewestWords, wordCount)
            team = team || mentions[i].team
            work = work || mentions[i].work
            titled = titled || mentions[i].titledSurface != nil
            role = role || mentions[i].role != nil
            headlineOnly = headlineOnly && mentions[i].sentence < 0
            sink.add("mention", mentions[i].kind.rawValue, mentions[i].strength)
        }
        sink.add("rule+strength", rule?.rawValue ?? "none", strength)
        if let canonical = members.first(where: { mentions[$0].canonical != nil }) { sink.add("gazetteer", mentions[canonical].kind.rawValue) }
        if team { sink.add("team", "") }
        if work { sink.add("work", "") }
        if titled { sink.add("titled", "") }
        if role { sink.add("role", "") }
        if headlineOnly { sink.add("headline-only", "") }
        sink.add("mentions", "", min(members.count, 4))

        let words = mentions[fullest].words
        sink.add("words", "", min(words.count, 4))
        // The last word and its ending, not every word: on this little data, word identities overfit
        // ("Harry" learned as no one), while heads ("Theatre", "Jr") and endings ("-ton") generalize.
        if let lastWord = words.last {
            let last = ActorLexicon.key(lastWord)
            sink.add("last", last)
            sink.add("suffix", String(last.suffix(3)))
            if lexicon.cities.contains(words.count == 1 ? last : ActorLexicon.key(words.joined(separator: " "))) { sink.add("city", "") }
        }
        sink.add("shape", shape(mentions[fullest].surface))
        if fewestWords < mostWords { sink.add("short-and-long-forms", "") }

        for i in members {
            let context = contexts[i]
            sink.add("before", context.before)
            sink.add("after", context.after)
            // "Blinken said", "said Blinken": who speaks is a person or an organization, not a place.
            if (QuoteAttributor.mightBeVerb(context.after) && QuoteAttributor.speechVerbs.contains(context.after))
                || (QuoteAttributor.mightBeVerb(context.before) && QuoteAttributor.speechVerbs.contains(context.before)) {
                sink.add("speaker", "")
            }
            if context.opensClause { sink.add("opens-clause", "") }
            add(context.flags, .flag, into: &sink)
            add(context.headFlags, .headFlag, into: &sink)
            add(context.beforeFlags, .beforeFlag, into: &sink)
            add(context.afterFlags, .afterFlag, into: &sink)
        }
    }

    /// "acronym" ("NATO"), "initials" ("U.S."), "digits", "hyphen", "connector" ("Bank of England") or "capitalised".
    static func shape(_ surface: String) -> String {
        var hasDigit = false, hasPeriod = false, hasHyphen = false, allCapitals = true, connector = false
        var word: [UInt8] = []  // the current word, while it is short enough to be a connector
        var wordLength = 0
        var count = 0
        for byte in surface.utf8 {
            count += 1
            if byte >= 0x30 && byte <= 0x39 { hasDigit = true }
            if byte == 0x2E { hasPeriod = true }
            if byte == 0x2D { hasHyphen = true }
            if !((byte >= 0x41 && byte <= 0x5A) || byte == 0x26) { allCapitals = false }
            if byte == 0x20 {
                // A connector is a whole inner word: a space before it (wordLength counts from one) and after it.
                if wordLength > 0, count > wordLength + 1, ["of", "and", "for", "&"].contains(String(decoding: word, as: UTF8.self)) { connector = true }
                word.removeAll(keepingCapacity: true)
                wordLength = 0
            } else {
                wordLength += 1
                if word.count < 4 { word.append(byte) }
            }
        }
        if hasDigit { return "digits" }
        if hasPeriod { return "initials" }
        if count > 1, allCapitals { return "acronym" }
        if connector { return "connector" }
        if hasHyphen { return "hyphen" }
        return "capitalised"
    }

    private static let flagNames: [(WordFlags, String)] = [
        (.given, "given"), (.surname, "surname"), (.titleStart, "title-start"), (.title, "title"), (.event, "event"),
        (.generic, "generic"), (.orgWord, "org-word"), (.placeWord, "place-word"), (.placePrefix, "place-prefix"),
        (.placeJoin, "place-join"), (.personNoun, "person-noun"), (.stateNoun, "state-noun"), (.common, "common"),
        (.censusSurname, "census-surname"), (.censusGiven, "census-given"),
        (WordFlags(cues: .place), "cue-place"), (WordFlags(cues: .work), "cue-work"), (WordFlags(cues: .band), "cue-band"),
        (WordFlags(cues: .team), "cue-team"), (WordFlags(cues: .plural), "cue-plural"), (WordFlags(cues: .scorer), "cue-scorer"),
        (WordFlags(cues: .shot), "cue-shot"), (WordFlags(cues: .sport), "cue-sport"), (WordFlags(cues: .opponent), "cue-opponent"),
    ]

    /// The four features that name a word flag: of the name's words, its last word, and the words
    /// before and after it.
    private enum FlagFeature: Int, CaseIterable {
        case flag, headFlag, beforeFlag, afterFlag

        var name: StaticString {
            switch self {
            case .flag: return "flag"
            case .headFlag: return "head-flag"
            case .beforeFlag: return "before-flag"
            case .afterFlag: return "after-flag"
            }
        }
    }

    /// The hash of each `FlagFeature` with each flag's name ("head-flag=census-surname"), made once:
    /// these are most of a group's features, and the longest to hash.
    private static let flagFeatureHashes: [[UInt64]] = FlagFeature.allCases.map { feature in
        flagNames.map { FeatureHash.of("\(feature.name)=\($0.1)".utf8) }
    }

    private static func add(_ flags: WordFlags, _ feature: FlagFeature, into sink: inout some FeatureSink) {
        guard !flags.subtracting(.tagged).isEmpty else { return }
        let hashes = flagFeatureHashes[feature.rawValue]
        for (index, (flag, text)) in flagNames.enumerated() where flags.contains(flag) {
            sink.add(feature.name, text, hash: hashes[index])
        }
    }
}
