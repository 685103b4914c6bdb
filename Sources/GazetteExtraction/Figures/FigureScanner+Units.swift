/// What follows a number: percent, currency names, units, ranges and rates.
extension FigureScanner {
    func percent(at k: Int) -> (String, Int)? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        if t.isSymbol("%") { return ("percent", k + 1) }
        if t.isWord("percent") || t.isWord("pc") { return ("percent", k + 1) }
        if t.isWord("per"), k + 1 < tokens.count, tokens[k + 1].isWord("cent") { return ("percent", k + 2) }
        if t.isWord("percentage"), k + 1 < tokens.count, tokens[k + 1].isWord("points") || tokens[k + 1].isWord("point") {
            return ("percentage points", k + 2)
        }
        return nil
    }

    func currencyWord(at k: Int) -> (String, Int)? {
        // "a 4bn-euro hole": the currency glued by a hyphen
        if k + 1 < tokens.count, tokens[k].isSymbol("-"), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore,
           tokens[k + 1].kind == .word, let code = lexicon.currencyWords[tokens[k + 1].text] {
            return (code, k + 2)
        }
        guard k < tokens.count, tokens[k].kind == .word else { return nil }
        var j = k
        var qualifier: String? = nil
        if let code = lexicon.qualifiers[tokens[j].text], j + 1 < tokens.count {
            qualifier = code
            j += 1
        } else if tokens[j].text == "hong" || tokens[j].text == "new", j + 2 < tokens.count,
                  let code = lexicon.qualifiers[tokens[j + 1].text] {
            qualifier = code
            j += 2
        }
        guard j < tokens.count, tokens[j].kind == .word else { return nil }
        let w = tokens[j].text
        if let code = lexicon.currencyWords[w] {
            if w == "won" || w == "real" || w == "rand" { return nil }  // also common English words
            if let q = qualifier { return (q, j + 1) }  // "Australian dollars", "Danish kroner"
            return (code, j + 1)
        }
        if w == "cents" || w == "pence" { return (w.description, j + 1) }
        if tokens[j].capitalized, let code = lexicon.codes[w], qualifier == nil { return (code, j + 1) }
        return nil
    }

    /// "three-day", "25-year-old", "24-hour", "10-point": the unit in the plural.
    func hyphenUnit(at k: Int) -> (String, FigureKind, Int, Bool)? {
        let n = tokens.count
        guard k + 1 < n, tokens[k].isSymbol("-"), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore,
              tokens[k + 1].kind == .word else { return nil }
        let w = tokens[k + 1].text
        if FigureLexicon.nonUnits.contains(w) || FigureLexicon.months.contains(w) { return nil }
        var next = k + 2
        var age = false
        if next + 1 < n, tokens[next].isSymbol("-"), tokens[next + 1].isWord("old"), !tokens[next].spaceBefore {
            age = true
            next += 2
        }
        guard let u = lexicon.units[w] else { return nil }  // "two-state", "five-strong": not amounts
        return (u.plural, u.kind, next, age)
    }

    /// The counted noun after a quantity: "464,000 subscribers", "12,575 net cafes",
    /// "7 Hamas militants", "83 MPs", "six weeks", "25 years old". Returns the unit as written.
    func unitNoun(at k: Int, quantity: Quantity) -> (String, FigureKind, Int, Bool)? {
        let n = tokens.count
        var j = k
        if j + 1 < n, tokens[j].isWord("or"), tokens[j + 1].isWord("so") { j += 2 }
        guard j < n, tokens[j].kind == .word, tokens[j].spaceBefore else { return nil }
        let w = tokens[j].text
        if tokens[j].capitalized {
            if FigureLexicon.months.contains(w) { return nil }
            // Proper modifiers before a plural noun, or a plural proper noun itself.
            var c = j
            while c < n, c - j < 2, tokens[c].kind == .word, tokens[c].capitalized, tokens[c].spaceBefore { c += 1 }
            if c < n, tokens[c].kind == .word, tokens[c].spaceBefore, !tokens[c].capitalized, isPluralNoun(tokens[c].text) {
                return (written(c, c), .count, c + 1, false)
            }
            if c == j + 1, w.hasSuffix("s"), w.count >= 3 { return (written(j, j), .count, j + 1, false) }
            return nil
        }
        if let u = lexicon.units[w], u.kind != .count, !(w == "m" || w == "g") {
            var next = j + 1
            var age = false
            if next < n, tokens[next].isWord("old"), u.kind == .duration { age = true; next += 1 }
            return (written(j, j), u.kind, next, age)
        }
        // Up to two modifiers before a plural noun: "net cafes", "new jobs", "power cables",
        // "co-stars". A count of more than one names its noun in the plural; anything else after
        // the number ("24 million saw") is not what is counted.
        var m = j
        while m < n, m - j < 3, tokens[m].kind == .word, tokens[m].spaceBefore, !tokens[m].capitalized,
              !FigureLexicon.nonUnits.contains(tokens[m].text), FigureLexicon.small[tokens[m].text] == nil {
            var last = m
            while last + 2 < n, tokens[last + 1].isSymbol("-"), !tokens[last + 1].spaceBefore,
                  !tokens[last + 2].spaceBefore, tokens[last + 2].kind == .word {
                last += 2
            }
            if isPluralNoun(tokens[last].text) {
                return (written(j, last), .count, last + 1, false)
            }
            if last != m { break }
            m += 1
        }
        return nil
    }

    /// The sentence text from token `a` to token `b`, inclusive.
    func written(_ a: Int, _ b: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[a].start..<tokens[b].end]), as: UTF8.self)
    }

    /// Word token `k` lowercased, as the tokenizer reads it, even past `ShortWord.capacity`.
    func lowercasedWord(_ k: Int) -> String {
        if tokens[k].text.isComplete { return tokens[k].text.description }
        var lower: [UInt8] = []
        var i = tokens[k].start
        while i < tokens[k].end {
            let b = bytes[i]
            if b == 0xE2, i + 2 < tokens[k].end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                lower.append(0x27)  // ’ read as '
                i += 3
            } else {
                lower.append(UTF8Class.lowered(b))
                i += 1
            }
        }
        return String(decoding: lower, as: UTF8.self)
    }

    /// A word that looks like a plural noun: "cafes", "bodies", "people", "men".
    func isPluralNoun(_ w: ShortWord) -> Bool {
        if w == "people" || w == "men" || w == "women" || w == "children" || w == "staff" || w == "police" {
            return true
        }
        guard w.count > 2, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("ous"), !w.hasSuffix("us"),
              !w.hasSuffix("is"), !w.hasSuffix("'s"), !FigureLexicon.nonUnits.contains(w) else { return false }
        return true
    }

    /// "10-20", "between 10 and 20", "10 to 20" before a shared unit: skip the second bound.
    func skipRange(after k: Int, first q: Int) -> Int {
        let n = tokens.count
        guard k + 1 < n else { return k }
        if tokens[k].isSymbol("-"), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore, tokens[k + 1].kind == .number,
           tokens[q].kind == .number {
            var j = k + 2
            if j < n, !tokens[j].spaceBefore, tokens[j].kind == .word, FigureLexicon.magnitudes[tokens[j].text] != nil {
                j += 1
            }
            return j
        }
        if q > 0, tokens[q - 1].isWord("between") || (q > 1 && tokens[q - 2].isWord("between")),
           tokens[k].isWord("and"), tokens[k + 1].kind == .number || FigureLexicon.small[tokens[k + 1].text] != nil
            || FigureLexicon.signs[tokens[k + 1].text] != nil {
            var j = k + 1
            if FigureLexicon.signs[tokens[j].text] != nil { j += 1 }
            if j < n, let second = tokens[j].kind == .number ? readDigits(at: j, currency: "x") : readWords(at: j) {
                return second.end
            }
        }
        return k
    }

    /// "a week", "per share", "a year", "or so", "or more" after a figure.
    func skipTail(after k: Int, money: Bool) -> Int {
        let n = tokens.count
        var j = k
        if j + 1 < n, tokens[j].isWord("or"), tokens[j + 1].isWord("so") || tokens[j + 1].isWord("more") { j += 2 }
        if money, j + 1 < n, tokens[j].isWord("a") || tokens[j].isWord("per") || tokens[j].isWord("an"),
           let u = lexicon.units[tokens[j + 1].text], u.kind == .duration {
            j += 2
        }
        return j
    }
}
