/// Reading the number itself: digits with glued magnitudes, number words, fractions.
extension FigureScanner {
    func readQuantity(at i: Int, currency: String?) -> Quantity? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number { return readDigits(at: i, currency: currency) }
        if t.kind == .word { return readWords(at: i) }
        return nil
    }

    func readDigits(at i: Int, currency: String?) -> Quantity? {
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
                } else if let u = lexicon.units[g.text], g.text.count > 1 || (currency == nil && !g.capitalized) {
                    q.unit = u
                    q.unitText = g.text.description
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
        if q.unit == nil, q.value == t.value, let (m, next) = magnitude(at: k) {  // one magnitude only
            q.value *= m
            k = next
        }
        q.end = k
        return q
    }

    /// A spaced magnitude word, possibly "of a" before it does not apply: "40 million", "2.5 billion".
    func magnitude(at k: Int) -> (Double, Int)? {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].spaceBefore else { return nil }
        let w = tokens[k].text
        guard w.count > 2 || w == "bn" || w == "tn", let m = FigureLexicon.magnitudes[w] else { return nil }
        var value = m
        var next = k + 1
        // "hundred thousand", "thousand million"
        if next < tokens.count, tokens[next].kind == .word, let m2 = FigureLexicon.magnitudes[tokens[next].text],
           tokens[next].text.count > 2, m2 > m {
            value *= m2
            next += 1
        }
        return (value, next)
    }

    /// Number words: "six", "twenty-five", "two hundred and fifty", "a million", "a dozen",
    /// fractions and vague plurals.
    func readWords(at i: Int) -> Quantity? {
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
                return readFraction(count: 1, at: i + 1)
            } else {
                return nil
            }
        } else if w == "half" {
            return readFraction(count: 1, at: i)
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
            } else if sawNumber, word.count > 2, let m = FigureLexicon.magnitudes[word], m >= 1000 {
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
        if f < n, value < 20, total == 0, FigureLexicon.fractions[tokens[f].text] != nil, tokens[f].text != "half" {
            let word = tokens[f].text
            // "three quarters" without "of" counts quarters of a year: "the preceding three quarters".
            if (word == "quarters" || word == "quarter"), !(f + 1 < n && tokens[f + 1].isWord("of")) {
                return Quantity(value: value, end: k, words: true)
            }
            return readFraction(count: value, at: f)
        }
        return Quantity(value: value, end: k, words: true)
    }

    /// "half a trillion", "a quarter of a point", "two thirds of", "half-point".
    func readFraction(count: Double, at f: Int) -> Quantity? {
        let n = tokens.count
        guard let frac = FigureLexicon.fractions[tokens[f].text] else { return nil }
        let value = count * frac
        let k = f + 1
        // "of a", "a", "an" before a magnitude or unit
        var j = k
        if j < n, tokens[j].isWord("of") { j += 1 }
        if j < n, tokens[j].isWord("a") || tokens[j].isWord("an") {
            j += 1
            if j < n, let m = FigureLexicon.magnitudes[tokens[j].text], tokens[j].text.count > 2 {
                return Quantity(value: value * m, end: j + 1, words: true)
            }
            if j < n, tokens[j].kind == .word, !FigureLexicon.nonUnits.contains(tokens[j].text) {
                let w = tokens[j].text
                let noun = lowercasedWord(j)
                let unit = lexicon.units[w] ?? FigureLexicon.Unit(kind: .count, plural: w.hasSuffix("s") ? noun : noun + "s")
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

    /// "60m hurdles", "the 100m": metres rather than million.
    ///
    /// Money comes with a sign ("£300m"), and a million of things with one decimal or a plural
    /// noun ("2.2m viewers", "50m passengers"); distances come as track events, with a thousands
    /// comma ("3,000m"), with centimetres ("4.88m"), or as a whole number on their own ("the final 300m").
    func isMetres(value t: FigureToken, next k: Int) -> Bool {
        if k < tokens.count, tokens[k].kind == .word, FigureLexicon.metreEvents.contains(tokens[k].text) { return true }
        if t.hasComma || t.fractionDigits == 2 { return true }
        guard !t.hasDecimal else { return false }
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].spaceBefore else { return true }
        return !isPluralNoun(tokens[k].text)  // "400m people" is million; "1500m champion's" is metres
    }
}
