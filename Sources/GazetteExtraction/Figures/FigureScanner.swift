/// Reads the figures of one sentence from its tokens, left to right.
///
/// The grammar, in the order a figure is written:
///   [approximator] [currency sign | ISO code] QUANTITY [magnitude] [and a half]
///   [% | per cent | currency word | unit noun | -unit compound] [or so] [a week]
/// where QUANTITY is digits ("32,000"), number words ("twenty-five", "a million"), a fraction
/// ("half a trillion", "a quarter of a point") or a vague plural ("millions of").
/// Dates, years, clock times, ordinals, labels ("No 10") and numbers inside names ("Channel 4",
/// "G8") are read and dropped, so their digits never start a figure.
struct FigureScanner {
    let bytes: [UInt8]
    let tokens: [FigureToken]
    let sentence: Int
    let lexicon: FigureLexicon

    /// Reads the tokens of `window` (whitespace-bounded bytes of the sentence; all of it by default).
    init(bytes: [UInt8], window: Range<Int>? = nil, sentence: Int, lexicon: FigureLexicon) {
        self.bytes = bytes
        tokens = FigureTokenizer.tokenize(bytes, in: window)
        self.sentence = sentence
        self.lexicon = lexicon
    }

    /// A quantity read from the tokens, before unit and context.
    struct Quantity {
        var value: Double
        /// Token index one past the quantity.
        var end: Int
        /// Written in words ("six"), which matters for "one" and for year rules.
        var words: Bool
        /// Glued unit from "60kg" or "60m hurdles", if any.
        var unit: FigureLexicon.Unit? = nil
        var unitText: String = ""
        /// "dozens of", "millions of": a vague amount.
        var vague: Bool = false
        /// A fraction ("a third") not scaled by a magnitude or a unit.
        var bareFraction: Bool = false
        var pence: Bool = false
    }

    /// Every figure of the sentence, in order.
    func scan(into out: inout [Figure]) {
        var i = 0
        let n = tokens.count
        while i < n {
            if tokens[i].kind == .word, !mayStartFigure(tokens[i]) {
                i += 1
                continue
            }
            if let (figure, next) = figure(at: i) {
                out.append(figure)
                i = max(next, i + 1)
            } else {
                i = skipNonFigure(at: i)
            }
        }
    }

    /// A cheap filter before `figure(at:)`: a word starts a figure only if it is a number word,
    /// an article before one ("a million"), a currency code ("USD 5m") or "Rs".
    private func mayStartFigure(_ t: FigureToken) -> Bool {
        let u = t.text.utf8
        if u.count <= 2 { return t.text == "a" || t.text == "an" || t.text == "rs" }
        if t.capitalized, u.count == 3, lexicon.codes[t.text] != nil { return true }
        return u.count <= 10 && FigureTrigger.words.contains(FigureTrigger.pack(t.text))
    }

    /// Past a token that starts no figure; a rejected number swallows its glued suffix and range.
    private func skipNonFigure(at i: Int) -> Int {
        var j = i + 1
        if tokens[i].kind == .number {
            while j < tokens.count, !tokens[j].spaceBefore,
                  tokens[j].kind != .symbol || tokens[j].text == "-" || tokens[j].text == ":" || tokens[j].text == "/" {
                if tokens[j].kind == .symbol, j + 1 < tokens.count, tokens[j + 1].spaceBefore { break }
                j += 1
            }
        }
        return j
    }

    // MARK: One figure

    private func figure(at i: Int) -> (Figure, Int)? {
        let t = tokens[i]
        var currency: String? = nil
        var start = i
        var q = i
        // Currency before the quantity: "$", "US$", "£", "USD".
        if t.kind == .symbol, let code = FigureLexicon.signs[t.text] {
            currency = code
            if code == "USD", i > 0, tokens[i - 1].kind == .word, !t.spaceBefore,
               let prefixed = lexicon.signPrefixes[tokens[i - 1].text] {
                currency = prefixed
                start = i - 1
            }
            q = i + 1
            guard q < tokens.count, tokens[q].kind == .number || tokens[q].kind == .word else { return nil }
        } else if t.kind == .word, t.capitalized, let code = lexicon.codes[t.text],
                  i + 1 < tokens.count, tokens[i + 1].kind == .number {
            currency = code
            q = i + 1
        } else if t.kind == .word, t.text == "rs", i + 1 < tokens.count, tokens[i + 1].kind == .number {
            currency = "INR"
            q = i + 1
        }
        if currency == nil, t.kind == .number, isInsideName(i) { return nil }
        if currency == nil, t.kind == .word, i > 0, tokens[i - 1].kind == .symbol, tokens[i - 1].text == "-",
           !t.spaceBefore, i > 1, tokens[i - 2].kind == .word || tokens[i - 2].kind == .number {
            return nil  // "-one" inside a compound such as "one-off" read from its middle
        }
        if tokens[q].kind == .word, tokens[q].capitalized, !startsClause(tokens[q].start),
           FigureLexicon.small[tokens[q].text] != nil {
            return nil  // "Ocean's Twelve", "Channel Four": a number word capitalized inside a sentence is a name
        }
        guard var quantity = readQuantity(at: q, currency: currency) else { return nil }
        var k = quantity.end
        var unit = ""
        var kind = FigureKind.count

        // "and a half"
        if k + 2 < tokens.count, tokens[k].isWord("and"), tokens[k + 1].isWord("a"), tokens[k + 2].isWord("half") {
            quantity.value += 0.5
            k += 3
            if let (m, next) = magnitude(at: k) { quantity.value *= m; k = next }
        }
        if currency == nil, quantity.pence {
            currency = "pence"
        }
        // Ranges: "10-20", "between 10 and 20": the figure keeps the first value.
        k = skipRange(after: k, first: q)

        if let glued = quantity.unit {
            unit = quantity.unitText.isEmpty ? glued.plural : quantity.unitText
            kind = glued.kind
        } else if let c = currency {
            kind = .money
            unit = c
        } else if let (pct, next) = percent(at: k) {
            kind = .percent
            unit = pct
            k = next
        } else if let (code, next) = currencyWord(at: k) {
            kind = .money
            unit = code
            k = next
        }
        if kind == .count && unit.isEmpty {
            if quantity.value >= 1000 && quantity.value <= 2100 && !quantity.words && isYear(q) { return nil }
            if isDate(q, end: k) { return nil }
            if k + 1 < tokens.count, tokens[k].isSymbol("-"), !tokens[k].spaceBefore, tokens[k + 1].kind == .word,
               !tokens[k + 1].spaceBefore, hyphenUnit(at: k) == nil, !FigureLexicon.months.contains(tokens[k + 1].text) {
                return nil  // "three-party talks", "a four-letter word": a kind of thing, not an amount
            }
            if let (compound, ck, next, _) = hyphenUnit(at: k) {
                unit = compound
                kind = ck
                k = next
            } else if let (noun, nk, next, _) = unitNoun(at: k, quantity: quantity) {
                unit = noun
                kind = nk
                k = next
            } else if quantity.bareFraction {
                unit = "fraction"
            }
        }
        if quantity.words, quantity.value == 1, !quantity.vague, kind == .count {
            return nil  // "one" as a pronoun: "one of the", "one firm"
        }
        if isLabel(start: start) && currency == nil && kind != .percent { return nil }
        if kind == .count, unit.isEmpty, start > 0, tokens[start - 1].isWord("last") || tokens[start - 1].isWord("final") {
            return nil  // "the last 16", "the final four": a stage of a competition
        }
        // Trailing rate and vagueness: "£102.80 a week", "100,000 or so", "or more".
        k = skipTail(after: k, money: kind == .money)

        // Approximator and age cue before the figure.
        var textStart = tokens[start].start
        if let a = approximatorStart(before: start),
           kind != .duration || !(tokens[a].isWord("over") || tokens[a].isWord("under")) {
            textStart = tokens[a].start  // "over three years" is a span of time, not "more than"
        }
        if isAgeCue(before: start), kind == .count, unit.isEmpty {
            unit = "years"
            kind = .duration
        }
        if start > 0, tokens[start - 1].isWord("aged") {
            textStart = tokens[start - 1].start
            if unit.isEmpty { unit = "years"; kind = .duration }
        }
        let textEnd = tokens[k - 1].end
        let text = String(decoding: bytes[textStart..<textEnd], as: UTF8.self)
        return (Figure(text: text, value: quantity.value, unit: unit, kind: kind, sentence: sentence), k)
    }

    // MARK: Quantity

    private func readQuantity(at i: Int, currency: String?) -> Quantity? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number { return readDigits(at: i, currency: currency) }
        if t.kind == .word { return readWords(at: i) }
        return nil
    }

    private func readDigits(at i: Int, currency: String?) -> Quantity? {
        let t = tokens[i]
        var q = Quantity(value: t.value, end: i + 1, words: false)
        if t.leadingZero && !t.hasDecimal { return nil }  // phone numbers and codes: "0800"
        // Numbers in a row with only spaces between: phone numbers, codes, tables.
        if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].spaceBefore { return nil }
        if i > 0, tokens[i - 1].kind == .number, t.spaceBefore { return nil }
        // Glued to a letter before: "G8", "MP3", "F-16".
        if i > 0, !t.spaceBefore {
            let p = tokens[i - 1]
            if p.kind == .word && currency == nil { return nil }
            if p.kind == .symbol, p.text == "-" || p.text == "/" || p.text == ":" || p.text == ".",
               i > 1, !p.spaceBefore, tokens[i - 2].kind != .symbol || tokens[i - 2].text != "(" {
                return nil  // second half of "10-20", "9/11", "10:30" or a name like "F-16"
            }
        }
        var k = i + 1
        if k < tokens.count, !tokens[k].spaceBefore {
            let g = tokens[k]
            if g.kind == .word {
                if FigureLexicon.ordinalSuffixes.contains(g.text) || FigureLexicon.clockWords.contains(g.text) {
                    return nil
                }
                if g.text == "p" && currency == nil {
                    q.pence = true
                    k += 1
                } else if g.text == "m", currency == nil, isMetres(value: t, next: k + 1) {
                    q.unit = FigureLexicon.Unit(kind: .measure, plural: "m")
                    q.unitText = "m"
                    k += 1
                } else if g.text == "k", currency == nil,
                          g.capitalized || (k + 1 < tokens.count && FigureLexicon.metreEvents.contains(tokens[k + 1].text)) {
                    q.unit = FigureLexicon.Unit(kind: .measure, plural: "km")  // "a 10K race"
                    q.unitText = "km"
                    k += 1
                } else if let m = FigureLexicon.magnitudes[g.text] {
                    q.value *= m
                    k += 1
                } else if let u = lexicon.units[g.text], g.text.utf8.count > 1 || (currency == nil && !g.capitalized) {
                    q.unit = u
                    q.unitText = g.text
                    k += 1
                } else if lexicon.codes[g.text] == nil {
                    return nil  // "3G", "4x4", "2D": a code, not a quantity
                } else {
                    k += 1
                }
            } else if g.kind == .symbol, g.text == ":" || g.text == "/",
                      k + 1 < tokens.count, tokens[k + 1].kind == .number, !tokens[k + 1].spaceBefore {
                return nil  // clock time "10:30", date or ratio "9/11"
            }
        }
        if k < tokens.count, tokens[k].isWord("o"), k + 1 < tokens.count, tokens[k + 1].isWord("clock") {
            return nil
        }
        if k < tokens.count, FigureLexicon.clockWords.contains(tokens[k].text), tokens[k].kind == .word,
           tokens[k].text != "hrs" {
            return nil  // "3 pm", "14 GMT"
        }
        if q.unit == nil, let (m, next) = magnitude(at: k) {
            q.value *= m
            k = next
        }
        q.end = k
        return q
    }

    /// A spaced magnitude word, possibly "of a" before it does not apply: "40 million", "2.5 billion".
    private func magnitude(at k: Int) -> (Double, Int)? {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].spaceBefore else { return nil }
        let w = tokens[k].text
        guard w.utf8.count > 2 || w == "bn" || w == "tn", let m = FigureLexicon.magnitudes[w] else { return nil }
        var value = m
        var next = k + 1
        // "hundred thousand", "thousand million"
        if next < tokens.count, tokens[next].kind == .word, let m2 = FigureLexicon.magnitudes[tokens[next].text],
           tokens[next].text.utf8.count > 2, m2 > m {
            value *= m2
            next += 1
        }
        return (value, next)
    }

    /// Number words: "six", "twenty-five", "two hundred and fifty", "a million", "a dozen",
    /// fractions and vague plurals.
    private func readWords(at i: Int) -> Quantity? {
        let w = tokens[i].text
        let n = tokens.count
        if w == "twice" {
            return Quantity(value: 2, end: i + 1, words: true, unit: FigureLexicon.Unit(kind: .count, plural: "times"),
                            unitText: "times")
        }
        if let v = FigureLexicon.vagueMagnitudes[w] {
            // "millions of", "hundreds of thousands of"
            var value = v
            var k = i + 1
            if k + 1 < n, tokens[k].isWord("of"), let v2 = FigureLexicon.vagueMagnitudes[tokens[k + 1].text] {
                value *= v2
                k += 2
            }
            guard k < n, tokens[k].isWord("of") else { return nil }
            var q = Quantity(value: value, end: k + 1, words: true)
            q.vague = true
            return q
        }
        // Leading article: only before a magnitude, "dozen" or a fraction.
        var k = i
        var total: Double = 0
        var current: Double = 0
        var sawNumber = false
        if w == "a" || w == "an" {
            guard i + 1 < n, tokens[i + 1].kind == .word else { return nil }
            let nx = tokens[i + 1].text
            if nx == "dozen" || nx == "hundred" || nx == "thousand" || nx == "million" || nx == "billion"
                || nx == "trillion" {
                current = 1
                k = i + 1
                sawNumber = true
            } else if nx == "third" || nx == "quarter" || nx == "fifth" || nx == "tenth" || nx == "half" {
                return readFraction(count: 1, at: i + 1, start: i)
            } else {
                return nil
            }
        } else if w == "half" {
            return readFraction(count: 1, at: i, start: i)
        } else if FigureLexicon.small[w] == nil {
            return nil
        }
        // Cardinal words, with hundreds, thousands and millions.
        var lastWasMagnitude = false
        while k < n, tokens[k].kind == .word {
            let word = tokens[k].text
            if let v = FigureLexicon.small[word] {
                // "fifty nine": units after tens continue the number; other runs ("two three") do not.
                if sawNumber && !lastWasMagnitude && !(current.truncatingRemainder(dividingBy: 100) >= 20
                    && current.truncatingRemainder(dividingBy: 10) == 0 && v < 10) {
                    break
                }
                current += v
                sawNumber = true
                lastWasMagnitude = false
                k += 1
                // "twenty-five": skip the hyphen to a unit word
                if k + 1 < n, tokens[k].isSymbol("-"), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore,
                   let v2 = FigureLexicon.small[tokens[k + 1].text], v2 < 10, v >= 20 {
                    current += v2
                    k += 2
                }
            } else if word == "dozen" && sawNumber {
                current *= 12
                k += 1
                lastWasMagnitude = true
            } else if word == "hundred" && sawNumber {
                current = max(current, 1) * 100
                k += 1
                lastWasMagnitude = true
            } else if sawNumber, word.utf8.count > 2, let m = FigureLexicon.magnitudes[word], m >= 1000 {
                total += max(current, 1) * m
                current = 0
                k += 1
                lastWasMagnitude = true
            } else if word == "and", lastWasMagnitude, k + 1 < n, FigureLexicon.small[tokens[k + 1].text] != nil {
                k += 1  // "two hundred and fifty": the next word continues the number
            } else {
                break
            }
        }
        guard sawNumber else { return nil }
        let value = total + current
        // "two thirds", "three-quarters", "one third"
        var f = k
        if f < n, tokens[f].isSymbol("-"), !tokens[f].spaceBefore, f + 1 < n { f += 1 }
        if f < n, value < 20, total == 0, let frac = FigureLexicon.fractions[tokens[f].text],
           tokens[f].text != "half", tokens[f].text != "quarter" || value == 1 || true {
            let word = tokens[f].text
            // "three quarters" without "of" counts quarters of a year: "the preceding three quarters".
            if (word == "quarters" || word == "quarter"), !(f + 1 < n && tokens[f + 1].isWord("of")) {
                return Quantity(value: value, end: k, words: true)
            }
            _ = frac
            return readFraction(count: value, at: f, start: i)
        }
        return Quantity(value: value, end: k, words: true)
    }

    /// "half a trillion", "a quarter of a point", "two thirds of", "half-point".
    private func readFraction(count: Double, at f: Int, start: Int) -> Quantity? {
        let n = tokens.count
        guard let frac = FigureLexicon.fractions[tokens[f].text] else { return nil }
        let value = count * frac
        let k = f + 1
        // "of a", "a", "an" before a magnitude or unit
        var j = k
        if j < n, tokens[j].isWord("of") { j += 1 }
        if j < n, tokens[j].isWord("a") || tokens[j].isWord("an") {
            j += 1
            if j < n, let m = FigureLexicon.magnitudes[tokens[j].text], tokens[j].text.utf8.count > 2 {
                return Quantity(value: value * m, end: j + 1, words: true)
            }
            if j < n, tokens[j].kind == .word, !FigureLexicon.nonUnits.contains(tokens[j].text) {
                let w = tokens[j].text
                let unit = lexicon.units[w] ?? FigureLexicon.Unit(kind: .count, plural: w.hasSuffix("s") ? w : w + "s")
                var q = Quantity(value: value, end: j + 1, words: true, unit: unit, unitText: unit.plural)
                if lexicon.currencyWords[w] != nil { q.unit = nil; q.end = j }
                return q
            }
        }
        if tokens[f].text == "half" {
            // "half-point": a compound; otherwise a bare "half" is not a figure.
            if k + 1 < n, tokens[k].isSymbol("-"), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore,
               tokens[k + 1].kind == .word, lexicon.units[tokens[k + 1].text] != nil {
                return Quantity(value: value, end: k, words: true)
            }
            return nil
        }
        // "a third of", "cut by a third." but not "a third quarter" (an ordinal).
        guard k >= n || tokens[k].isWord("of") || tokens[k].kind == .symbol else { return nil }
        var q = Quantity(value: value, end: k, words: true)
        q.bareFraction = true
        return q
    }

    // MARK: After the quantity

    private func percent(at k: Int) -> (String, Int)? {
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

    private func currencyWord(at k: Int) -> (String, Int)? {
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
            if (w == "dollars" || w == "dollar"), let q = qualifier { return (q, j + 1) }
            return (code, j + 1)
        }
        if w == "cents" || w == "pence" { return (w, j + 1) }
        if tokens[j].capitalized, let code = lexicon.codes[w], qualifier == nil { return (code, j + 1) }
        return nil
    }

    /// "three-day", "25-year-old", "24-hour", "10-point": the unit in the plural.
    private func hyphenUnit(at k: Int) -> (String, FigureKind, Int, Bool)? {
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
    private func unitNoun(at k: Int, quantity: Quantity) -> (String, FigureKind, Int, Bool)? {
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
            if c == j + 1, w.hasSuffix("s"), w.utf8.count >= 3 { return (written(j, j), .count, j + 1, false) }
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
    private func written(_ a: Int, _ b: Int) -> String {
        String(decoding: bytes[tokens[a].start..<tokens[b].end], as: UTF8.self)
    }

    /// A word that looks like a plural noun: "cafes", "bodies", "people", "men".
    private func isPluralNoun(_ w: String) -> Bool {
        if w == "people" || w == "men" || w == "women" || w == "children" || w == "staff" || w == "police" {
            return true
        }
        guard w.utf8.count > 2, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("ous"), !w.hasSuffix("us"),
              !w.hasSuffix("is"), !w.hasSuffix("'s"), !FigureLexicon.nonUnits.contains(w) else { return false }
        return true
    }

    /// "10-20", "between 10 and 20", "10 to 20" before a shared unit: skip the second bound.
    private func skipRange(after k: Int, first q: Int) -> Int {
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
    private func skipTail(after k: Int, money: Bool) -> Int {
        let n = tokens.count
        var j = k
        if j + 1 < n, tokens[j].isWord("or"), tokens[j + 1].isWord("so") || tokens[j + 1].isWord("more") { j += 2 }
        if money, j + 1 < n, tokens[j].isWord("a") || tokens[j].isWord("per") || tokens[j].isWord("an"),
           let u = lexicon.units[tokens[j + 1].text], u.kind == .duration {
            j += 2
        }
        return j
    }

    // MARK: Context

    /// Longest approximator ending just before token `s`.
    private func approximatorStart(before s: Int) -> Int? {
        for phrase in FigureLexicon.approximators where phrase.count <= s {
            var ok = true
            for (o, w) in phrase.enumerated() where !tokens[s - phrase.count + o].isWord(w) {
                ok = false
                break
            }
            if ok { return s - phrase.count }
        }
        return nil
    }

    /// A bare number right after a capitalized word is part of a name: "Channel 4", "Xbox 360".
    private func isInsideName(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = tokens[i - 1]
        guard p.kind == .word, p.capitalized, tokens[i].spaceBefore else { return false }
        if FigureLexicon.months.contains(p.text) { return false }  // dates are rejected later, with context
        return !FigureLexicon.openers.contains(p.text) && lexicon.codes[p.text] == nil
    }

    /// "at the age of 87", "Gatlin, 22, won": a bare number that is someone's age.
    private func isAgeCue(before s: Int) -> Bool {
        guard s > 0, tokens[s].kind == .number else { return false }
        if s > 1, tokens[s - 1].isWord("of"), tokens[s - 2].isWord("age") { return true }
        if s > 1, tokens[s - 1].isSymbol(","), tokens[s - 2].kind == .word, tokens[s - 2].capitalized,
           s + 1 < tokens.count, tokens[s + 1].isSymbol(","), tokens[s].value >= 10, tokens[s].value < 110 {
            return true
        }
        return false
    }

    /// Whether the byte offset starts the sentence or a quotation, parenthesis or clause after
    /// a colon or dash: only spaces and such punctuation come before it.
    private func startsClause(_ offset: Int) -> Bool {
        var i = offset - 1
        while i >= 0, bytes[i] == 0x20 { i -= 1 }
        if i < 0 { return true }
        let b = bytes[i]
        // " ( : - ' and the last byte of “ ‘ – —
        return b == 0x22 || b == 0x28 || b == 0x3A || b == 0x2D || b == 0x27 || b == 0x9C || b == 0x98
            || b == 0x93 || b == 0x94
    }

    /// "No 10", "number one", "page 3", "top 10": labels and ranks.
    private func isLabel(start: Int) -> Bool {
        guard start > 0, tokens[start - 1].kind == .word else { return false }
        return FigureLexicon.labelWords.contains(tokens[start - 1].text)
    }

    /// A four-digit number without a unit, magnitude or thousands comma: a year ("in 2004", "2000 results").
    private func isYear(_ q: Int) -> Bool {
        let t = tokens[q]
        guard t.kind == .number, t.integerDigits == 4, !t.hasComma, !t.hasDecimal else { return false }
        let k = q + 1
        if k < tokens.count, tokens[k].kind == .word, lexicon.units[tokens[k].text] != nil,
           !(q > 0 && (tokens[q - 1].isWord("in") || tokens[q - 1].isWord("since"))) {
            return false
        }
        return true
    }

    /// A day of a month: "2 February", "October 7", "7 and 8 May".
    private func isDate(_ q: Int, end: Int) -> Bool {
        let t = tokens[q]
        guard t.kind == .number, !t.hasComma, !t.hasDecimal, t.value <= 31 else { return false }
        if q > 0, tokens[q - 1].capitalized, FigureLexicon.months.contains(tokens[q - 1].text) { return true }
        var k = end
        if k < tokens.count, tokens[k].isWord("of") { k += 1 }
        return k < tokens.count && tokens[k].capitalized && FigureLexicon.months.contains(tokens[k].text)
    }

    /// "60m hurdles", "the 100m": metres rather than million.
    ///
    /// Money comes with a sign ("£300m"), and a million of things with one decimal or a plural
    /// noun ("2.2m viewers", "50m passengers"); distances come as track events, with a thousands
    /// comma ("3,000m"), with centimetres ("4.88m"), or as a whole number on their own ("the final 300m").
    private func isMetres(value t: FigureToken, next k: Int) -> Bool {
        if k < tokens.count, tokens[k].kind == .word, FigureLexicon.metreEvents.contains(tokens[k].text) { return true }
        if t.hasComma || t.fractionDigits == 2 { return true }
        guard !t.hasDecimal else { return false }
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].spaceBefore else { return true }
        return !isPluralNoun(tokens[k].text)  // "400m people" is million; "1500m champion's" is metres
    }
}
