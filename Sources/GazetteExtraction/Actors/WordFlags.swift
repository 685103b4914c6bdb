/// What the lexicon knows about one word, as a bitset: a token is looked up once
/// (`ActorLexicon.tag(_:)`) and every later question about it is a bit test, not another hash.
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    /// Set on every tagged token, so code that gets untagged tokens (tests) can tag them.
    static let tagged = WordFlags(rawValue: 1 << 0)
    static let given = WordFlags(rawValue: 1 << 1)
    static let surname = WordFlags(rawValue: 1 << 2)
    /// The first word of some title phrase ("secretary" of "Secretary of State", "mr").
    static let titleStart = WordFlags(rawValue: 1 << 3)
    /// A whole title ("mr", "chancellor", "vice president" of the one token "Vice-President").
    static let title = WordFlags(rawValue: 1 << 4)
    static let event = WordFlags(rawValue: 1 << 5)
    static let generic = WordFlags(rawValue: 1 << 6)
    static let orgWord = WordFlags(rawValue: 1 << 7)
    static let placeWord = WordFlags(rawValue: 1 << 8)
    static let placePrefix = WordFlags(rawValue: 1 << 9)
    static let placeJoin = WordFlags(rawValue: 1 << 10)
    static let personNoun = WordFlags(rawValue: 1 << 11)
    static let stateNoun = WordFlags(rawValue: 1 << 12)
    static let common = WordFlags(rawValue: 1 << 13)

    /// The cue bits (`CueFlags`) live in the upper half.
    init(cues: CueFlags) { rawValue = UInt32(cues.rawValue) << 16 }
    init(rawValue: UInt32) { self.rawValue = rawValue }

    var cues: CueFlags { CueFlags(rawValue: UInt16(truncatingIfNeeded: rawValue >> 16)) }
}

extension ActorLexicon {
    /// Builds `wordFlags` from the word sets; called once at the end of `init(files:)`.
    mutating func buildWordFlags() {
        var table: [String: WordFlags] = [:]
        func mark(_ words: some Sequence<String>, _ flag: WordFlags) {
            for w in words { table[w, default: []].formUnion(flag) }
        }
        mark(givenNames, .given)
        mark(surnames, .surname)
        // A token's key may hold a space itself ("Vice-President" is "vice president"), so whole titles count too.
        mark(titles.map { String($0.split(separator: " ").first ?? "") }, .titleStart)
        mark(titles, [.titleStart, .title])
        mark(eventWords, .event)
        mark(genericWords, .generic)
        mark(orgWords, .orgWord)
        mark(placeWords, .placeWord)
        mark(placePrefixWords, .placePrefix)
        mark(placeJoinWords, .placeJoin)
        mark(personNouns, .personNoun)
        mark(stateNouns, .stateNoun)
        mark(commonWords, .common)
        for (word, cue) in cues { table[word, default: []].formUnion(WordFlags(cues: cue)) }
        wordFlags = table
    }

    /// Sets each word token's flags with one dictionary probe of its key.
    func tag(_ tokens: inout [NameToken]) {
        for i in tokens.indices {
            var flags: WordFlags = .tagged
            if tokens[i].shape != .punct && tokens[i].shape != .number, let known = wordFlags[tokens[i].key] {
                flags.formUnion(known)
            }
            tokens[i].flags = flags
        }
    }
}
