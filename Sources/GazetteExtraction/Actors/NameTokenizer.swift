/// One token of a sentence as the actor extractor sees it.
struct NameToken: Sendable, Equatable {
    enum Shape: Sendable, Equatable {
        /// Starts with a capital letter ("Blinken", "McCambridge", "U.S.", "G7").
        case capitalised
        /// Two or more letters, all capitals ("UN", "BBC", "NATO").
        case acronym
        /// Starts with a lowercase letter ("said", "el-Sissi" is `.particleName`).
        case lower
        /// A lowercase Arabic article glued to a name: "al-Qaeda", "el-Sissi".
        case particleName
        /// Starts with a digit ("2004", "3G").
        case number
        /// Punctuation; `text` holds it, with curly quotes made straight and dashes made "-".
        case punct
    }

    /// The word as written, except that a curly apostrophe inside it is straight ("I’d" is "I'd").
    var text: String
    var shape: Shape
    /// `text` normalized for look-ups (`ActorLexicon.key`), computed once.
    var key: String
    /// UTF-8 byte offsets in the sentence.
    var start: Int
    var end: Int
    /// The word was followed by "'s" or "’s", which is not part of `text`.
    var possessive = false
    /// What the lexicon knows about the word (`ActorLexicon.tag(_:)`); empty until tagged.
    var flags: WordFlags = []

    var isWord: Bool { shape != .punct }
    /// The character of a one-character punctuation token ("(", "\""), as a byte; nil otherwise,
    /// and for "..." or a word. Comparing it costs less than comparing strings.
    var punctuationByte: UInt8? {
        guard shape == .punct, text.utf8.count == 1 else { return nil }
        return text.utf8.first
    }
    /// Capitalised, acronym or particle name: a word that can be part of a name.
    var isNameShaped: Bool { shape == .capitalised || shape == .acronym || shape == .particleName }
}

/// Splits a sentence into words and punctuation, on UTF-8 bytes, without regular expressions.
///
/// Words keep inner hyphens and apostrophes ("Jean-Michel", "O'Sullivan") and the periods of
/// initialisms ("U.S."); a possessive "'s" is cut off and flagged.
enum NameTokenizer {
    /// Capitalised first halves of compounds that are prefixes, not names ("Non-governmental", "Anti-fraud").
    static let wordPrefixes: StringSet = ["Non", "Anti", "Pro", "Co", "Ex", "Post", "Pre", "Inter", "Multi", "Semi",
                                          "Sub", "Trans", "Mid", "Self", "Counter", "Over", "Under", "Re", "Cross"]

    /// Abbreviations written with a period in American style ("Mr. Biden", "St. Louis", "Acme Inc.").
    static let abbreviations: StringSet = ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt",
                                           "Col", "Capt", "Prof", "Rev", "Inc", "Corp", "Co", "Ltd", "Bros", "Mt", "Ft", "Sgt"]

    /// A curly quote, dash or ellipsis, by the last byte of its UTF-8 form `E2 80 xx`.
    enum Special: UInt8 {
        case leftDoubleQuote = 0x9C, rightDoubleQuote = 0x9D, leftQuote = 0x98, rightQuote = 0x99
        case enDash = 0x93, emDash = 0x94, ellipsis = 0xA6

        /// The plain punctuation it reads as.
        var text: String {
            switch self {
            case .leftDoubleQuote, .rightDoubleQuote: return "\""
            case .leftQuote, .rightQuote: return "'"
            case .enDash, .emDash: return "-"
            case .ellipsis: return "..."
            }
        }
    }

    /// Each ASCII byte as a one-character string, made once rather than for every punctuation token.
    static let asciiPunctuation: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    static func tokenize(_ text: String) -> [NameToken] {
        tokenize(utf8: Array(text.utf8))
    }

    /// Tokenizes UTF-8 bytes (a sentence's `Array(text.utf8)`, shared with the caller).
    static func tokenize(utf8: [UInt8]) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(utf8.count / 5)
        let n = utf8.count
        // Sentinels, so look-ahead never leaves the buffer. A constant, so the closures below
        // read it without the run-time exclusivity check a captured variable needs.
        let bytes = utf8 + [0, 0, 0]
        var i = 0

        /// Punctuation made of a 3-byte general-punctuation sequence (curly quotes, dashes), or nil.
        func special(_ at: Int) -> Special? {
            guard bytes[at] == 0xE2, bytes[at + 1] == 0x80 else { return nil }
            return Special(rawValue: bytes[at + 2])
        }
        func isWordByte(_ at: Int) -> Bool {
            let b = bytes[at]
            if b >= 0x80 { return special(at) == nil && !(b == 0xC2 && bytes[at + 1] == 0xA0) && at < n }
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }

        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
            if b == 0xC2 && bytes[i + 1] == 0xA0 { i += 2; continue }
            if let p = special(i) {
                tokens.append(NameToken(text: p.text, shape: .punct, key: p.text, start: i, end: i + 3))
                i += 3
                continue
            }
            if !isWordByte(i) {
                let p = b < 0x80 ? Self.asciiPunctuation[Int(b)] : String(UnicodeScalar(b))
                tokens.append(NameToken(text: p, shape: .punct, key: p, start: i, end: i + 1))
                i += 1
                continue
            }
            // A word: letters and digits, with inner joiners.
            let start = i
            var possessive = false
            var segmentStart = i  // start of the current period-separated segment, for "U.S."
            var hasPeriod = false
            var hasCurlyApostrophe = false
            while i < n {
                if isWordByte(i) {
                    i += bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : bytes[i] >= 0xC0 ? 2 : 1
                    continue
                }
                let c = bytes[i]
                // Apostrophe, straight or curly.
                let curly = special(i)
                let apostropheLength = c == 0x27 ? 1 : (curly == .leftQuote || curly == .rightQuote ? 3 : 0)
                if apostropheLength > 0 {
                    let next = i + apostropheLength
                    if (bytes[next] == 0x73 || bytes[next] == 0x53) && !isWordByte(next + 1) {
                        possessive = true
                        break
                    }
                    if isWordByte(next) { hasCurlyApostrophe = hasCurlyApostrophe || apostropheLength == 3; i = next; continue }
                    break
                }
                if (c == 0x2D || c == 0x26) && isWordByte(i + 1) { i += 1; segmentStart = i; continue }  // - &
                if c == 0x2E {  // "U.S." style initialisms: single letters between periods
                    let segmentLength = i - segmentStart
                    if segmentLength == 1 && isWordByte(i + 1) && !isWordByte(i + 2) {
                        hasPeriod = true
                        i += 1
                        segmentStart = i
                        continue
                    }
                    if segmentLength == 1 && hasPeriod {
                        i += 1  // the final period of "U.S."
                    } else if segmentLength <= 5, Self.abbreviations.contains(String(decoding: bytes[start..<i], as: UTF8.self)) {
                        i += 1  // "Mr.", "St.", "Inc.": the period belongs to the word, it ends no sentence
                    }
                    break
                }
                break
            }
            var end = i
            // "Scotland-born", "London-based", "Cup-winning": the name before a lowercase second half is a word of its own.
            var suffixStart = -1
            if bytes[start] >= 0x41 && bytes[start] <= 0x5A, !possessive {
                var h = start
                while h < end && bytes[h] != 0x2D { h += 1 }
                if h + 1 < end, bytes[h + 1] >= 0x61, bytes[h + 1] <= 0x7A,
                   !Self.wordPrefixes.contains(String(decoding: bytes[start..<h], as: UTF8.self)) {
                    suffixStart = h
                    end = h
                }
            }
            let word = hasCurlyApostrophe ? Self.straightened(bytes[start..<end]) : String(decoding: bytes[start..<end], as: UTF8.self)
            tokens.append(NameToken(text: word, shape: shape(of: bytes, start, end), key: bytes[start] >= 0x61 && bytes[start] <= 0x7A ? word : ActorLexicon.key(word), start: start, end: end,
                                    possessive: possessive))
            if suffixStart >= 0 {
                tokens.append(NameToken(text: "-", shape: .punct, key: "-", start: suffixStart, end: suffixStart + 1))
                let rest = String(decoding: bytes[(suffixStart + 1)..<i], as: UTF8.self)
                tokens.append(NameToken(text: rest, shape: .lower, key: rest, start: suffixStart + 1, end: i))
            }
            if possessive {
                i += (bytes[i] == 0x27 ? 1 : 3) + 1
            }
        }
        return tokens
    }

    /// The word as text, a curly apostrophe inside it made straight: "I’d" and "O’Brien" read as
    /// "I'd" and "O'Brien" do, in every look-up and rule. (Surfaces keep the text as written.)
    static func straightened(_ word: ArraySlice<UInt8>) -> String {
        guard word.contains(0xE2) else { return String(decoding: word, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        var i = word.startIndex
        while i < word.endIndex {
            if word[i] == 0xE2, i + 2 < word.endIndex, word[i + 1] == 0x80, word[i + 2] == 0x98 || word[i + 2] == 0x99 {
                bytes.append(0x27)
                i += 3
            } else {
                bytes.append(word[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The shape of the word in `bytes[start..<end]`.
    static func shape(of bytes: [UInt8], _ start: Int, _ end: Int) -> NameToken.Shape {
        let first = bytes[start]
        if first >= 0x30 && first <= 0x39 { return .number }
        if first >= 0x61 && first <= 0x7A {
            // "al-Qaeda", "el-Sissi": a two-letter particle, a hyphen, a capital.
            if end - start > 3, (first == 0x61 || first == 0x65), bytes[start + 1] == 0x6C, bytes[start + 2] == 0x2D,
               bytes[start + 3] >= 0x41, bytes[start + 3] <= 0x5A {
                return .particleName
            }
            return .lower
        }
        var upper = 0, lower = 0
        var index = start
        while index < end {
            let b = bytes[index]
            if b >= 0x41 && b <= 0x5A { upper += 1 } else if b >= 0x61 && b <= 0x7A { lower += 1 } else if b >= 0x80 {
                // Decode one non-ASCII scalar to learn its case.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let scalar = String(decoding: bytes[index..<min(end, index + length)], as: UTF8.self).unicodeScalars.first
                if let s = scalar {
                    if s.properties.isUppercase { upper += 1 } else if s.properties.isLowercase { lower += 1 }
                }
                if index == start && upper == 0 { return lower > 0 ? .lower : .punct }
                index += length
                continue
            }
            if index == start && upper == 0 { return .lower }
            index += 1
        }
        if upper >= 2 && lower == 0 { return .acronym }
        return upper > 0 ? .capitalised : .lower
    }
}
