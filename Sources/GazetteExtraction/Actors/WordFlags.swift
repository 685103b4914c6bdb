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
    /// In the US Census lists (read by the learned model only).
    static let censusSurname = WordFlags(rawValue: 1 << 14)
    static let censusGiven = WordFlags(rawValue: 1 << 15)

    /// The cue bits (`CueFlags`) live in the upper half.
    init(cues: CueFlags) { rawValue = UInt32(cues.rawValue) << 16 }
    init(rawValue: UInt32) { self.rawValue = rawValue }

    var cues: CueFlags { CueFlags(rawValue: UInt16(truncatingIfNeeded: rawValue >> 16)) }
}

extension ActorLexicon {
    /// The flags of every word of the `lists` and of the cue words, and the `lowercaseFilter` of
    /// the words lowercase tokens are looked up for; made once, by `init(files:)`.
    static func wordFlagTable(_ lists: [(words: [String], flag: WordFlags)], cues: [String: CueFlags])
        -> (StringTable<WordFlags>, [UInt64]) {
        var table: [String: WordFlags] = [:]
        table.reserveCapacity(lists.reduce(cues.count) { $0 + $1.words.count })
        for (words, flag) in lists {
            for w in words { table[w, default: []].formUnion(flag) }
            // A token's key may hold a space itself ("Vice-President" is "vice president"), so whole
            // titles count as well as their first words.
            if flag.contains(.titleStart) {
                for w in words { table[String(w.split(separator: " ").first ?? ""), default: []].formUnion(.titleStart) }
            }
        }
        for (word, cue) in cues { table[word, default: []].formUnion(WordFlags(cues: cue)) }
        // Lowercase words are asked about only as cues, person and state nouns or place heads: a bit
        // per (first two letters, length) of those lets most lowercase words skip the probe.
        var filter = [UInt64](repeating: 0, count: 512)
        let lowercaseFlags: WordFlags = [.personNoun, .stateNoun, .placeJoin]
        for (word, flags) in table where !flags.isDisjoint(with: lowercaseFlags) || !flags.cues.isEmpty {
            let bit = Self.lowercaseFilterBit(word)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return (StringTable(table.map { ($0.key, $0.value) }), filter)
    }

    /// The bit of `lowercaseFilter` for a word: 5 bits each of its first two bytes and of its length.
    static func lowercaseFilterBit(_ word: String) -> Int {
        var it = word.utf8.makeIterator()
        let a = Int(it.next() ?? 0) & 31, b = Int(it.next() ?? 0) & 31
        return a << 10 | b << 5 | min(word.utf8.count, 31)
    }

    /// Sets each word token's flags with one dictionary probe of its key.
    func tag(_ tokens: inout [NameToken]) {
        for i in tokens.indices {
            var flags: WordFlags = .tagged
            switch tokens[i].shape {
            case .punct, .number: break
            case .lower:
                let bit = Self.lowercaseFilterBit(tokens[i].key)
                if lowercaseFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let known = wordFlags[tokens[i].key] {
                    flags.formUnion(known)
                }
            default:
                if let known = wordFlags[tokens[i].key] { flags.formUnion(known) }
            }
            tokens[i].flags = flags
        }
    }
}
