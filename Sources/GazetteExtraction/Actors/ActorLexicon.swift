import Foundation

/// An entry of the shipped gazetteers: the canonical name of a known country, place or organization.
struct GazetteerEntry: Sendable, Equatable {
    var name: String
    var kind: ActorKind
}

/// The word lists and gazetteers the actor extractor looks names up in, loaded once from `Data/`.
///
/// Keys of phrase tables are normalized with `ActorLexicon.key(_:)` (lowercase, no periods, one space
/// between words), so "U.S." and "US", "Nato" and "NATO" find the same entry. Word sets that must keep
/// case (stopwords: "US" is not "Us") store words as written. The tables are `WordTable`s, whose
/// look-up costs a fraction of a `Dictionary`'s: every token of every article is looked up here.
///
/// A class, so the finders and mergers that hold it share one copy rather than retaining each of
/// its tables whenever they are copied. Filled by `init(files:)` and never changed afterwards,
/// which is what makes it safe to share between threads.
final class ActorLexicon: @unchecked Sendable {
    /// Known countries, places and organizations by normalized name or alias.
    var entities = StringTable<GazetteerEntry>()
    /// Keys whose only forms are written in capitals ("CAR", "WHO"): "Car" and "Who" are not them.
    var acronymOnly: StringSet = []
    /// Demonyms ("Israeli", "Saudis") by normalized form, to the canonical name of their state.
    var demonyms = StringTable<String>()
    /// Given names, lowercased.
    var givenNames: StringSet = []
    /// Common surnames, lowercased.
    var surnames: StringSet = []
    /// Title phrases ("Secretary of State", "Mr"), normalized; `maxTitleWords` bounds the look-ahead.
    var titles: StringSet = []
    var maxTitleWords = 1
    /// Lowercase nouns that announce a person's name ("chairman", "striker").
    var personNouns: StringSet = []
    /// Lowercase nouns that make a demonym stand for its state ("government", "leaders").
    var stateNouns: StringSet = []
    /// Head words of organizations, places and events, lowercased.
    var orgWords: StringSet = []
    var placeWords: StringSet = []
    var placePrefixWords: StringSet = []
    var placeJoinWords: StringSet = []
    var eventWords: StringSet = []
    /// Capitalised words that are never names on their own, as written.
    var stopwords: StringSet = []
    /// Generic bodies that name no one alone ("Parliament", "Government"), normalized.
    var genericWords: StringSet = []
    /// Ordinary English words, lowercase: alone and capitalised, with no cue, they name no one.
    var commonWords: StringSet = []
    /// Large open lists the learned model weighs (the rules do not read them): US Census surnames
    /// and given names, and GeoNames cities, by key.
    var censusSurnames: StringSet = []
    var censusGivenNames: StringSet = []
    var cities: StringSet = []
    /// Every word of the sets above (and the cues) to its flags: one probe per token (`tag(_:)`).
    var wordFlags = StringTable<WordFlags>()
    /// Bits of (first two bytes, length) of the words lowercase tokens are looked up for.
    var lowercaseFilter = [UInt64](repeating: 0, count: 512)
    /// Cue words around names ("area", "film", "striker"), lowercase, to their flags.
    var cues = StringTable<CueFlags>()
    /// A bit per (first letter, length) of the sport words, so most words skip the `cues` probe.
    var sportFilter = [UInt64](repeating: 0, count: 32)
    /// The longest gazetteer phrase, in words.
    var maxEntityWords = 1

    /// The lexicon built from the shipped data files; empty tables when a file is missing.
    static let shared = ActorLexicon(files: EmbeddedData.text)

    /// Normalizes a phrase for table look-ups: lowercase, periods dropped, hyphens made spaces
    /// ("Hewitt-Packard" is "Hewlett Packard"), curly apostrophes made straight, runs of spaces collapsed.
    static func key(_ phrase: String) -> String {
        // Fast path: ASCII without capitals, periods or doubled spaces is its own key.
        var plain = true
        var previousSpace = true
        for b in phrase.utf8 {
            if b >= 0x80 || (b >= 0x41 && b <= 0x5A) || b == 0x2E || b == 0x2D || b == 0x09 || (b == 0x20 && previousSpace) { plain = false; break }
            previousSpace = b == 0x20
        }
        if plain && !previousSpace { return phrase }
        var ascii = true
        for b in phrase.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: phrase.utf8.count) { buffer in
                var count = 0
                var pendingSpace = false
                for b in phrase.utf8 {
                    switch b {
                    case 0x2E: continue
                    case 0x20, 0x09, 0x2D: pendingSpace = count > 0
                    default:
                        if pendingSpace { buffer[count] = 0x20; count += 1; pendingSpace = false }
                        buffer[count] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                        count += 1
                    }
                }
                return count
            }
        }
        var out = ""
        out.reserveCapacity(phrase.utf8.count)
        var pendingSpace = false
        for scalar in phrase.unicodeScalars {
            switch scalar {
            case ".": continue
            case " ", "\t", "-":
                pendingSpace = !out.isEmpty
            case "\u{2019}", "\u{2018}":
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append("'")
            default:
                if pendingSpace { out.append(" "); pendingSpace = false }
                if scalar.isASCII {
                    let v = scalar.value
                    out.unicodeScalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
                } else {
                    out.append(contentsOf: String(scalar).lowercased())
                }
            }
        }
        return out
    }

    /// Loads the data files from the module bundle.
    /// Builds the lexicon from data file texts, given by file name (used by tests with small texts too).
    init(files: (String) -> String) {
        for fields in Self.records(files("gazetteer-countries.txt")) {
            let entry = GazetteerEntry(name: fields[0], kind: .place)
            addEntity(fields[0], entry)
            if fields.count > 1 { for alias in Self.list(fields[1]) { addEntity(alias, entry) } }
            if fields.count > 2 { for demonym in Self.list(fields[2]) { demonyms[Self.key(demonym)] = fields[0] } }
        }
        for fields in Self.records(files("gazetteer-places.txt")) {
            let entry = GazetteerEntry(name: fields[0], kind: .place)
            addEntity(fields[0], entry)
            if fields.count > 1 { for alias in Self.list(fields[1]) { addEntity(alias, entry) } }
        }
        for fields in Self.records(files("gazetteer-organizations.txt")) {
            let entry = GazetteerEntry(name: fields[0], kind: .organization)
            addEntity(fields[0], entry)
            if fields.count > 1 { for alias in Self.list(fields[1]) { addEntity(alias, entry) } }
        }
        givenNames = StringSet(DataFile.lines(files("actors-given-names.txt")).map { Self.key($0) })
        surnames = StringSet(DataFile.lines(files("actors-surnames.txt")).map { Self.key($0) })
        for title in DataFile.lines(files("actors-titles.txt")) {
            let k = Self.key(title)
            titles.insert(k)
            maxTitleWords = max(maxTitleWords, k.split(separator: " ").count)
        }
        personNouns = StringSet(DataFile.lines(files("actors-person-nouns.txt")).map { $0.lowercased() })
        stateNouns = StringSet(DataFile.lines(files("actors-state-nouns.txt")).map { $0.lowercased() })
        orgWords = StringSet(DataFile.lines(files("actors-org-words.txt")).map { Self.key($0) })
        eventWords = StringSet(DataFile.lines(files("actors-event-words.txt")).map { Self.key($0) })
        for line in DataFile.lines(files("actors-place-words.txt")) {
            let parts = line.split(separator: " ")
            guard let word = parts.first.map({ Self.key(String($0)) }) else { continue }
            let marks = parts.dropFirst()
            if marks.contains("^") { placePrefixWords.insert(word) } else { placeWords.insert(word) }
            if marks.contains("*") { placeJoinWords.insert(word) }
        }
        stopwords = StringSet(DataFile.lines(files("actors-stopwords.txt")))
        genericWords = StringSet(DataFile.lines(files("actors-generic-words.txt")).map { Self.key($0) })
        cues = StringTable(CueFlags.table(files("actors-cue-words.txt")).map { ($0.key, $0.value) })
        commonWords = StringSet(DataFile.lines(files("actors-common-words.txt")))
        censusSurnames = StringSet(DataFile.lines(files("names-census-surnames.txt")).map { Self.key($0) })
        censusGivenNames = StringSet(DataFile.lines(files("names-census-given.txt")).map { Self.key($0) })
        cities = StringSet(DataFile.lines(files("places-geonames.txt")).map { Self.key($0) })
        buildWordFlags()
        for word in cues.keys where cues[word]?.contains(.sport) == true {
            guard let first = word.utf8.first else { continue }
            sportFilter[Int(first & 31)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
    }

    private func addEntity(_ phrase: String, _ entry: GazetteerEntry) {
        let k = Self.key(phrase)
        guard !k.isEmpty else { return }
        let capitals = phrase.utf8.filter { $0 >= 0x41 && $0 <= 0x5A }.count
        let lowercase = phrase.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
        if capitals >= 2 && !lowercase {
            if entities[k] == nil { acronymOnly.insert(k) }
        } else {
            acronymOnly.remove(k)
        }
        // The first entry wins: countries come first, so "Georgia" is the country, not a US state.
        if entities[k] == nil { entities[k] = entry }
        maxEntityWords = max(maxEntityWords, k.split(separator: " ").count)
    }

    /// Lines split at `|` into trimmed fields.
    static func records(_ text: String) -> [[String]] {
        DataFile.lines(text).map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// A `;`-separated list, trimmed, empty items dropped.
    static func list(_ field: String) -> [String] {
        field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
