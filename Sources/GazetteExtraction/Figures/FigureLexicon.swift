import Foundation

/// The words the figure grammar knows: number words and magnitudes (closed classes, kept in
/// code), and the open lists of units and currencies (read once from `Data/figures-*.txt`).
///
/// Loaded lazily into one shared immutable value; a missing data file leaves its table empty,
/// so figures are still found, only with plainer units. A class, so the scanner made for each
/// window of each sentence holds one reference rather than retaining every table.
final class FigureLexicon: Sendable {
    /// A unit word's kind and the plural a hyphenated compound reports ("day" -> "days").
    struct Unit: Sendable {
        var kind: FigureKind
        var plural: String
    }

    /// Words read after a number: kind and display plural.
    let units: ShortWordTable<Unit>
    /// Lowercase currency names read after a number ("dollars" -> USD).
    let currencyWords: ShortWordTable<String>
    /// Lowercase letters glued before a currency sign ("us" in "US$" -> USD).
    let signPrefixes: ShortWordTable<String>
    /// Lowercase ISO codes written beside a number ("usd" -> USD).
    let codes: ShortWordTable<String>
    /// A nationality before "dollars" and the like ("australian" -> AUD).
    let qualifiers: ShortWordTable<String>
    /// `FigureTrigger.numberWordSet`, held here because the scanner tests every word against
    /// it: reading a static checks that it is initialized each time.
    let numberWords = FigureTrigger.numberWordSet

    init(units: ShortWordTable<Unit>, currencyWords: ShortWordTable<String>, signPrefixes: ShortWordTable<String>,
         codes: ShortWordTable<String>, qualifiers: ShortWordTable<String>) {
        self.units = units
        self.currencyWords = currencyWords
        self.signPrefixes = signPrefixes
        self.codes = codes
        self.qualifiers = qualifiers
    }

    static let shared = FigureLexicon.load()

    static func load() -> FigureLexicon {
        var units = ShortWordTable<Unit>()
        for fields in lines(of: "figures-units.txt") where fields.count >= 2 && ShortWord(fields[0]).isComplete {
            let kind: FigureKind = fields[1] == "duration" ? .duration : (fields[1] == "measure" ? .measure : .count)
            units[fields[0]] = Unit(kind: kind, plural: fields.count > 2 ? fields[2] : fields[0])
        }
        var words = ShortWordTable<String>(), prefixes = ShortWordTable<String>()
        var codes = ShortWordTable<String>(), qualifiers = ShortWordTable<String>()
        for fields in lines(of: "figures-currencies.txt") where fields.count < 2 || ShortWord(fields[1]).isComplete {
            switch (fields.first, fields.count) {
            case ("word", 3): words[fields[1]] = fields[2]
            case ("before", 3): prefixes[fields[1]] = fields[2]
            case ("code", 2): codes[fields[1].lowercased()] = fields[1]
            case ("qualifier", 3): qualifiers[fields[1]] = fields[2]
            default: continue
            }
        }
        return FigureLexicon(units: units, currencyWords: words, signPrefixes: prefixes, codes: codes,
                             qualifiers: qualifiers)
    }

    /// The space-separated fields of each line of a data file.
    private static func lines(of name: String) -> [[String]] {
        (DataFile.lines(named: name) ?? []).map { $0.split(separator: " ").map(String.init) }
    }

    // MARK: Closed classes

    /// Currency signs, as the tokenizer reports them.
    static let signs: ShortWordTable<String> = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"]

    /// Cardinal number words below a hundred.
    static let small: ShortWordTable<Double> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Multipliers written as words or glued abbreviations ("1.13bn", "600m", "40 million").
    static let magnitudes: ShortWordTable<Double> = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
        "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
        "k": 1_000,
    ]

    /// Plural magnitudes that make a vague quantity: "millions of e-mails", "hundreds of jobs".
    static let vagueMagnitudes: ShortWordTable<Double> = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    ]

    /// Fraction words and their value: "half", "a third", "two-thirds", "three quarters".
    static let fractions: ShortWordTable<Double> = [
        "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
        "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
    ]

    static let months: ShortWordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec",
    ]

    /// Words after a number that make it a clock time.
    static let clockWords: ShortWordSet = ["am", "pm", "gmt", "bst", "est", "et", "pst", "cet", "utc", "hrs"]

    /// Glued letters that make a number an ordinal or a decade ("1st", "1990s").
    static let ordinalSuffixes: ShortWordSet = ["st", "nd", "rd", "th", "s"]

    /// Words that introduce an approximate figure, longest first so "more than" wins over "than".
    static let approximators: [[ShortWord]] = [
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["as", "little", "as"],
        ["in", "excess", "of"], ["upwards", "of"], ["more", "than"], ["less", "than"], ["fewer", "than"],
        ["at", "least"], ["at", "most"], ["up", "to"], ["close", "to"], ["just", "over"], ["just", "under"],
        ["well", "over"], ["an", "estimated"], ["nearly"], ["almost"], ["about"], ["around"],
        ["approximately"], ["roughly"], ["some"], ["over"], ["under"], ["estimated"], ["barely"],
        ["only"], ["just"], ["between"],
    ]

    /// The approximators by their last word, longest first, so a figure checks only a few.
    static let approximatorsByLastWord: ShortWordTable<[[ShortWord]]> = {
        var index = ShortWordTable<[[ShortWord]]>()
        for phrase in approximators { index[phrase[phrase.count - 1]] = (index[phrase[phrase.count - 1]] ?? []) + [phrase] }
        return index
    }()

    /// Capitalized words that may stand before a number without making it part of a name
    /// ("In 12 months", "About 100 people"); any other capitalized word makes "Channel 4".
    static let openers: ShortWordSet = [
        "the", "in", "on", "at", "by", "for", "from", "during", "between", "some", "about", "around", "but",
        "and", "or", "with", "after", "before", "since", "until", "of", "to", "than", "over", "under",
        "nearly", "almost", "only", "just", "all", "its", "their", "his", "her", "our", "these", "those",
        "another", "each", "every", "while", "when", "if", "as", "up", "more", "less", "fewer", "least",
        "another", "just", "roughly", "approximately", "estimated", "an", "a", "another", "it", "that",
        "there", "this", "we", "they", "he", "she", "i", "you", "then", "so", "yet", "now", "also",
        "almost", "barely", "within", "into", "per", "within", "via", "like", "among", "against",
    ]

    /// Words before a number that make it a label or rank, not a quantity ("No 10", "number one").
    static let labelWords: ShortWordSet = [
        "no", "number", "nos", "page", "chapter", "section", "article", "clause", "room", "flight",
        "route", "platform", "gate", "version", "v", "level", "grade", "division", "tier", "round", "stage",
        "day", "part", "episode", "series", "year", "tel", "phone", "fax", "ext", "rule", "vol", "issue",
        "model", "seed", "seeded", "ranked", "top", "channel", "radio", "windows", "formula",
    ]

    /// Words that cannot be the counted noun after a number.
    static let nonUnits: ShortWordSet = [
        "of", "in", "to", "and", "or", "the", "a", "an", "for", "from", "on", "at", "by", "with", "was",
        "were", "is", "are", "has", "have", "had", "will", "would", "could", "should", "may", "might",
        "can", "be", "been", "being", "as", "than", "that", "which", "who", "whom", "when", "where",
        "while", "but", "after", "before", "since", "into", "over", "under", "up", "down", "out", "off",
        "last", "this", "next", "ago", "earlier", "later", "more", "less", "fewer", "each", "per", "it",
        "its", "their", "his", "her", "they", "he", "she", "we", "you", "i", "so", "said", "says", "say",
        "against", "during", "between", "among", "including", "compared", "according", "if", "because",
        "though", "although", "also", "too", "not", "no", "yet", "about", "around", "above", "below",
        "ahead", "behind", "through", "across", "towards", "toward", "via", "within", "without", "then",
        "there", "here", "did", "do", "does", "one", "two", "these", "those", "such", "other", "another",
        "all", "both", "either", "neither", "every", "some", "any", "many", "much", "most", "least",
        "just", "only", "even", "still", "already", "now", "again", "back", "away", "time",
        "higher", "lower", "year-on-year", "rise", "rises", "rose", "fall", "falls", "fell", "increase",
        "drop", "dropped", "gain", "gained", "lost", "lose", "jumped", "jump", "beat", "won", "win",
    ]

    /// Nouns after "60m" and the like that make the "m" metres, not million ("60m hurdles").
    static let metreEvents: ShortWordSet = [
        "hurdles", "race", "sprint", "freestyle", "relay", "final", "finals", "title", "medley",
        "backstroke", "breaststroke", "butterfly", "dash", "run", "record", "indoor", "event", "heat",
        "heats", "gold", "silver", "bronze", "champion", "world", "european", "personal", "season's",
        "individual", "crown", "victory", "win", "triumph", "steeplechase", "runner", "runners", "hurdler",
        "hurdlers", "specialist", "winner", "swim", "time", "times", "mark", "best", "titles", "medal", "medals",
        "events", "races", "records", "bronzes", "golds", "silvers",
    ]
}
