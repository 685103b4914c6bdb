/// What a lowercase word next to a name says about the name (`Data/actors-cue-words.txt`).
///
/// One bitset per word, so the words around a name cost one dictionary probe each.
struct CueFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    /// After a name: the name is a place ("the Khan Younis area").
    static let place = CueFlags(rawValue: 1 << 0)
    /// Before a name: the name is the title of a work ("film Vera Drake").
    static let work = CueFlags(rawValue: 1 << 1)
    /// Before a name: the name is a band ("rock band Franz Ferdinand").
    static let band = CueFlags(rawValue: 1 << 2)
    /// After a name in a sport article: the name is a team or club ("Wrexham defender").
    static let team = CueFlags(rawValue: 1 << 3)
    /// After a name: a plural verb, so a band, team or party ("Keane were").
    static let plural = CueFlags(rawValue: 1 << 4)
    /// After a lone name in a sport article: a player ("Henry scored").
    static let scorer = CueFlags(rawValue: 1 << 5)
    /// After a lone name's possessive in a sport article: a player ("Henry's goal").
    static let shot = CueFlags(rawValue: 1 << 6)
    /// The word makes the article a sport article.
    static let sport = CueFlags(rawValue: 1 << 7)
    /// Before a known place in a sport article: the place is a team ("against Wales").
    static let opponent = CueFlags(rawValue: 1 << 8)

    static let names: [String: CueFlags] = ["place": .place, "work": .work, "band": .band, "team": .team,
                                            "plural": .plural, "scorer": .scorer, "shot": .shot, "sport": .sport,
                                            "opponent": .opponent]

    /// Parses "word cue" lines; unknown cues are ignored.
    static func table(_ text: String) -> [String: CueFlags] {
        var table: [String: CueFlags] = [:]
        for line in DataFile.lines(text) {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let flag = names[String(parts[1])] else { continue }
            table[String(parts[0]), default: []].insert(flag)
        }
        return table
    }
}
