/// What surrounds a number and makes it an approximation, an age, a name, a label, a year or a date.
extension FigureScanner {
    /// Longest approximator ending just before token `s`.
    func approximatorStart(before s: Int) -> Int? {
        guard s > 0, tokens[s - 1].kind == .word,
              let phrases = FigureLexicon.approximatorsByLastWord[tokens[s - 1].text] else { return nil }
        for phrase in phrases where phrase.count <= s {
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
    func isInsideName(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = tokens[i - 1]
        guard p.kind == .word, p.capitalized, tokens[i].spaceBefore else { return false }
        if FigureLexicon.months.contains(p.text) { return false }  // dates are rejected later, with context
        return !FigureLexicon.openers.contains(p.text) && lexicon.codes[p.text] == nil
    }

    /// "at the age of 87", "Gatlin, 22, won": a bare number that is someone's age.
    func isAgeCue(before s: Int) -> Bool {
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
    func startsClause(_ offset: Int) -> Bool {
        var i = offset - 1
        while i >= 0, bytes[i] == 0x20 { i -= 1 }
        if i < 0 { return true }
        let b = bytes[i]
        // " ( : - ' and the last byte of “ ‘ – —
        return b == 0x22 || b == 0x28 || b == 0x3A || b == 0x2D || b == 0x27 || b == 0x9C || b == 0x98
            || b == 0x93 || b == 0x94
    }

    /// "No 10", "number one", "page 3", "top 10": labels and ranks.
    func isLabel(start: Int) -> Bool {
        guard start > 0, tokens[start - 1].kind == .word else { return false }
        return FigureLexicon.labelWords.contains(tokens[start - 1].text)
    }

    /// A four-digit number without a unit, magnitude or thousands comma: a year ("in 2004", "2000 results").
    func isYear(_ q: Int) -> Bool {
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
    func isDate(_ q: Int, end: Int) -> Bool {
        let t = tokens[q]
        guard t.kind == .number, !t.hasComma, !t.hasDecimal, t.value <= 31 else { return false }
        if q > 0, tokens[q - 1].capitalized, FigureLexicon.months.contains(tokens[q - 1].text) { return true }
        var k = end
        if k < tokens.count, tokens[k].isWord("of") { k += 1 }
        return k < tokens.count && tokens[k].capitalized && FigureLexicon.months.contains(tokens[k].text)
    }
}
