/// Finds the quantities in sentences: money, percentages, counts, durations and measures.
///
/// Works sentence by sentence on UTF-8 bytes (see `FigureScanner` for the grammar). Only the
/// few words around a digit or a number word are tokenized (`FigureTrigger.windows`), found
/// from the article's words (`ArticleWords`), so a sentence without one costs nothing more.
public enum FigureExtractor {
    /// Every figure, in article order (sentence by sentence, left to right).
    public static func extract(from sentences: [Sentence]) -> [Figure] {
        extract(from: sentences, words: ArticleWords(sentences))
    }

    /// As `extract(from:)`, with the words of `sentences` read already.
    public static func extract(from sentences: [Sentence], words: ArticleWords) -> [Figure] {
        let lexicon = FigureLexicon.shared
        var figures: [Figure] = []
        figures.reserveCapacity(words.triggers.count)  // most triggers make a figure, and few make two
        // One buffer each for the whole article, made big enough at once for most: growing
        // one step at a time would allocate an array at each step.
        var windows: [Range<Int>] = [], tokens: [FigureToken] = []
        windows.reserveCapacity(16)
        tokens.reserveCapacity(64)
        for (position, sentence) in sentences.enumerated() {
            let triggers = words.triggers(of: position)
            if triggers.isEmpty { continue }
            sentence.withUTF8 { bytes in
                FigureTrigger.windows(triggers: triggers, in: bytes, into: &windows)
                let first = figures.count
                for window in windows {
                    FigureTokenizer.tokenize(bytes, in: window, into: &tokens)
                    tokens.withUnsafeBufferPointer { tokens in
                        FigureScanner(bytes: bytes, tokens: tokens, sentence: sentence.index, lexicon: lexicon)
                            .scan(into: &figures)
                    }
                }
                if figures.count - first > 1 { inheritCurrency(&figures, from: first) }
            }
        }
        return figures
    }

    /// "77m euros (£53m; $100m), up from 38m": an amount in millions or billions with neither
    /// currency nor noun takes the currency of the sentence's first money figure (later ones
    /// are often conversions).
    static func inheritCurrency(_ figures: inout [Figure], from first: Int) {
        var currency: String? = nil
        for i in first..<figures.count {
            let f = figures[i]
            if f.kind == .money {
                if currency == nil, f.unit.utf8.count == 3 { currency = f.unit }
            } else if let c = currency, f.kind == .count, f.unit.isEmpty, f.value >= 1_000_000, endsWithMagnitude(f.text) {
                figures[i].kind = .money
                figures[i].unit = c
            } else if let c = currency, f.kind == .measure, f.unit == "m", f.text.hasSuffix("m") {
                figures[i].kind = .money  // "38m" read as metres on its own is millions beside money
                figures[i].unit = c
                figures[i].value = f.value * 1_000_000
            }
        }
    }

    /// "38m", "1.2bn", "1,070 trillion": digits with a magnitude, as news writes amounts of
    /// money. Spelled-out "three million" is left alone: it more often counts people.
    private static func endsWithMagnitude(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        for suffix in ["m", "bn", "tn", "million", "billion", "trillion"] where text.hasSuffix(suffix) { return true }
        return false
    }
}
