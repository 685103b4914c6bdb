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
final class ActorLexicon: Sendable {
    /// Known countries, places and organizations by normalized name or alias.
    let entities: StringTable<GazetteerEntry>
    /// Keys whose only forms are written in capitals ("CAR", "WHO"): "Car" and "Who" are not them.
    let acronymOnly: StringSet
    /// Demonyms ("Israeli", "Saudis") by normalized form, to the canonical name of their state.
    let demonyms: StringTable<String>
    /// Given names, lowercased.
    let givenNames: StringSet
    /// Common surnames, lowercased.
    let surnames: StringSet
    /// Title phrases ("Secretary of State", "Mr"), normalized; `maxTitleWords` bounds the look-ahead.
    let titles: StringSet
    let maxTitleWords: Int
    /// Lowercase nouns that announce a person's name ("chairman", "striker").
    let personNouns: StringSet
    /// Lowercase nouns that make a demonym stand for its state ("government", "leaders").
    let stateNouns: StringSet
    /// Head words of organizations, places and events, lowercased.
    let orgWords: StringSet
    let placeWords: StringSet
    let placePrefixWords: StringSet
    let placeJoinWords: StringSet
    let eventWords: StringSet
    /// Capitalised words that are never names on their own, as written.
    let stopwords: StringSet
    /// Generic bodies that name no one alone ("Parliament", "Government"), normalized.
    let genericWords: StringSet
    /// Ordinary English words, lowercase: alone and capitalised, with no cue, they name no one.
    let commonWords: StringSet
    /// Large open lists the learned model weighs (the rules do not read them): US Census surnames
    /// and given names, and GeoNames cities, by key.
    let censusSurnames: StringSet
    let censusGivenNames: StringSet
    let cities: StringSet
    /// Every word of the sets above (and the cues) to its flags: one probe per token (`tag(_:)`).
    let wordFlags: StringTable<WordFlags>
    /// Bits of (first two bytes, length) of the words lowercase tokens are looked up for.
    let lowercaseFilter: [UInt64]
    /// Cue words around names ("area", "film", "striker"), lowercase, to their flags.
    let cues: StringTable<CueFlags>
    /// A bit per (first letter, length) of the sport words, so most words skip the `cues` probe.
    let sportFilter: [UInt64]
    /// The longest gazetteer phrase, in words.
    let maxEntityWords: Int
    /// The first words of the gazetteer's longer names ("united" and "united arab" of "united arab
    /// emirates"): a phrase that is none of them starts no known name, however it goes on.
    let entityPrefixes: StringSet

    /// The lexicon built from the shipped data files; empty tables when a file is missing.
    static let shared = ActorLexicon(files: EmbeddedData.text)

    /// Normalizes a phrase for table look-ups: lowercase, periods dropped, hyphens made spaces
    /// ("Hewitt-Packard" is "Hewlett Packard"), curly apostrophes made straight, runs of spaces collapsed.
    static func key(_ phrase: String) -> String {
        // Every capitalised word and candidate name is keyed, so ASCII, the common case, is read
        // from the string's own bytes.
        switch phrase.utf8.withContiguousStorageIfAvailable(asciiKey) {
        case .same?: return phrase
        case .key(let key)?: return key
        case .notASCII?, nil: break
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

    /// What `asciiKey` makes of a phrase.
    private enum ASCIIKey {
        /// The phrase is its own key: ASCII with no capitals, periods, hyphens or doubled spaces.
        case same
        case key(String)
        /// The phrase has a byte above ASCII: `key` reads it scalar by scalar.
        case notASCII
    }

    /// The key of an ASCII phrase, given its UTF-8 bytes.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIKey {
        var plain = true
        var previousSpace = true
        for b in bytes {
            if b >= 0x80 { return .notASCII }
            if (b >= 0x41 && b <= 0x5A) || b == 0x2E || b == 0x2D || b == 0x09 || (b == 0x20 && previousSpace) { plain = false }
            previousSpace = b == 0x20
        }
        if plain && !previousSpace { return .same }
        return .key(String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            var pendingSpace = false
            for b in bytes {
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
        })
    }

    /// Builds the lexicon from data file texts, given by file name (used by tests with small texts too).
    init(files: (String) -> String) {
        var entities = StringTable<GazetteerEntry>(), acronymOnly = StringSet(), demonyms = StringTable<String>()
        var maxEntityWords = 1
        func addEntity(_ phrase: String, _ entry: GazetteerEntry) {
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
        self.entities = entities
        var entityPrefixes = StringSet()
        for k in entities.keys {
            let words = k.split(separator: " ")
            for count in stride(from: 1, to: words.count, by: 1) { entityPrefixes.insert(words[..<count].joined(separator: " ")) }
        }
        self.entityPrefixes = entityPrefixes
        self.acronymOnly = acronymOnly
        self.demonyms = demonyms
        self.maxEntityWords = maxEntityWords
        /// A word list's lines, normalized. The lists stay arrays until `wordFlagTable` has read them.
        func words(_ file: String, _ normalize: (String) -> String = ActorLexicon.key) -> [String] {
            DataFile.lines(files(file)).map(normalize)
        }
        let givenNames = words("actors-given-names.txt"), surnames = words("actors-surnames.txt")
        let titles = words("actors-titles.txt")
        maxTitleWords = titles.reduce(1) { max($0, $1.split(separator: " ").count) }
        let personNouns = words("actors-person-nouns.txt") { $0.lowercased() }
        let stateNouns = words("actors-state-nouns.txt") { $0.lowercased() }
        let orgWords = words("actors-org-words.txt"), eventWords = words("actors-event-words.txt")
        var placeWords: [String] = [], placePrefixWords: [String] = [], placeJoinWords: [String] = []
        for line in DataFile.lines(files("actors-place-words.txt")) {
            let parts = line.split(separator: " ")
            guard let word = parts.first.map({ Self.key(String($0)) }) else { continue }
            let marks = parts.dropFirst()
            if marks.contains("^") { placePrefixWords.append(word) } else { placeWords.append(word) }
            if marks.contains("*") { placeJoinWords.append(word) }
        }
        let genericWords = words("actors-generic-words.txt"), commonWords = words("actors-common-words.txt") { $0 }
        let censusSurnames = words("names-census-surnames.txt"), censusGivenNames = words("names-census-given.txt")
        let cueTable = CueFlags.table(files("actors-cue-words.txt"))
        (wordFlags, lowercaseFilter) = Self.wordFlagTable([
            (givenNames, .given), (surnames, .surname), (titles, [.titleStart, .title]), (eventWords, .event),
            (genericWords, .generic), (orgWords, .orgWord), (placeWords, .placeWord), (placePrefixWords, .placePrefix),
            (placeJoinWords, .placeJoin), (personNouns, .personNoun), (stateNouns, .stateNoun), (commonWords, .common),
            (censusSurnames, .censusSurname), (censusGivenNames, .censusGiven),
        ], cues: cueTable)
        self.givenNames = StringSet(givenNames)
        self.surnames = StringSet(surnames)
        self.titles = StringSet(titles)
        self.personNouns = StringSet(personNouns)
        self.stateNouns = StringSet(stateNouns)
        self.orgWords = StringSet(orgWords)
        self.eventWords = StringSet(eventWords)
        self.placeWords = StringSet(placeWords)
        self.placePrefixWords = StringSet(placePrefixWords)
        self.placeJoinWords = StringSet(placeJoinWords)
        self.genericWords = StringSet(genericWords)
        self.commonWords = StringSet(commonWords)
        self.censusSurnames = StringSet(censusSurnames)
        self.censusGivenNames = StringSet(censusGivenNames)
        stopwords = StringSet(DataFile.lines(files("actors-stopwords.txt")))
        cues = StringTable(cueTable.map { ($0.key, $0.value) })
        cities = StringSet(words("places-geonames.txt"))
        var sportFilter = [UInt64](repeating: 0, count: 32)
        for (word, flags) in cueTable where flags.contains(.sport) {
            guard let first = word.utf8.first else { continue }
            sportFilter[Int(first & 31)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.sportFilter = sportFilter
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
