/// The roles a text gives a person around the name: "Federal Reserve chairman Alan Greenspan",
/// "Robert Sinche, head of currency strategy at Bank of America".
extension MentionFinder {
    /// "Federal Reserve chairman Alan Greenspan", "US literary critic Harold Bloom": lowercase words ending in
    /// a person noun just before the name, with the capitalised modifier before them.
    func roleBefore(_ tokens: [NameToken], _ start: Int, _ text: [UInt8]) -> String? {
        guard start > 0, tokens[start - 1].shape == .lower, tokens[start - 1].flags.contains(.personNoun) else { return nil }
        var from = start - 1
        while from > 0 && start - from < 4 {
            let t = tokens[from - 1]
            if t.shape == .lower && !Self.functionWords.contains(t.text) { from -= 1; continue }
            break
        }
        // The capitalised modifier: up to three name-shaped words ("Federal Reserve", "US").
        var modifier = from
        while modifier > 0 && from - modifier < 3 && tokens[modifier - 1].isNameShaped && !tokens[modifier - 1].possessive
            && !lexicon.stopwords.contains(tokens[modifier - 1].text) {
            modifier -= 1
        }
        return surface(tokens, modifier..<start, text)
    }

    /// ", head of currency strategy at Bank of America,": an apposition after the name that starts with a
    /// person noun or title.
    func roleAfter(_ tokens: [NameToken], _ end: Int, _ text: [UInt8]) -> String? {
        guard end + 1 < tokens.count, tokens[end].text == "," else { return nil }
        var start = end + 1
        if ["the", "a", "an"].contains(tokens[start].text) { start += 1 }
        guard start < tokens.count, tokens[start].flags.contains(.personNoun) else { return nil }
        var stop = start
        while stop < tokens.count && stop - start < 10 && tokens[stop].shape != .punct { stop += 1 }
        return surface(tokens, start..<stop, text)
    }
}
