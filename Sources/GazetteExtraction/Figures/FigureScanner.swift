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
    /// The sentence's UTF-8 bytes and its tokens, valid while the scanner is used (see
    /// `FigureExtractor`). Buffers rather than arrays: the grammar reads tokens at every step,
    /// and an array would be retained for each window and bounds-checked at each read.
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<FigureToken>
    let sentence: Int
    let lexicon: FigureLexicon

    /// Reads `tokens`, made by `FigureTokenizer` from `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<FigureToken>, sentence: Int, lexicon: FigureLexicon) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentence = sentence
        self.lexicon = lexicon
    }

    /// Every figure of a whole sentence, tokenized here (`FigureExtractor` reads only the
    /// windows around its triggers; tests compare the two).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, sentence: Int, lexicon: FigureLexicon, into out: inout [Figure]) {
        var tokens: [FigureToken] = []
        FigureTokenizer.tokenize(bytes, in: 0..<bytes.count, into: &tokens)
        tokens.withUnsafeBufferPointer { tokens in
            FigureScanner(bytes: bytes, tokens: tokens, sentence: sentence, lexicon: lexicon).scan(into: &out)
        }
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
            if !mayStartFigure(tokens[i]) {
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
    /// an article before one ("a million"), a currency code ("USD 5m") or "Rs"; a symbol only if
    /// it is a currency sign ("$5m"). Inlined: it runs for every token of every window.
    @inline(__always) private func mayStartFigure(_ t: FigureToken) -> Bool {
        if t.kind == .number { return true }
        if t.kind == .symbol { return FigureLexicon.signs[t.text] != nil }
        let u = t.text
        if u.count <= 2 { return t.text == "a" || t.text == "an" || t.text == "rs" }
        if t.capitalized, u.count == 3, lexicon.codes[t.text] != nil { return true }
        return lexicon.numberWords.contains(t.text)
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
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart..<textEnd]), as: UTF8.self)
        return (Figure(text: text, value: quantity.value, unit: unit, kind: kind, sentence: sentence), k)
    }
}
