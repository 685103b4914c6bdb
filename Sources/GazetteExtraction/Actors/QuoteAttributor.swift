/// Finds who is quoted in a sentence: `"...," Blinken said`, `said Robert Sinche`, `according to the IFES`,
/// `", he said` (the last person named before), and reported speech after a comma (`..., Blinken said`).
enum QuoteAttributor {
    static let speechVerbs: Set<String> = ["said", "says", "told", "tells", "added", "adds", "explained", "insisted",
                                           "warned", "argued", "claimed", "stated", "admitted", "noted", "commented",
                                           "remarked", "continued", "stressed", "declared", "announced", "replied",
                                           "conceded", "suggested", "acknowledged", "wrote", "according"]

    /// For each word length, a bit per first letter of the speech verbs of that length: most words fail
    /// this test and skip the hash set.
    static let verbMask: [UInt32] = {
        var mask = [UInt32](repeating: 0, count: 16)
        for verb in speechVerbs { if let first = verb.utf8.first, verb.utf8.count < 16 { mask[verb.utf8.count] |= 1 << UInt32(first & 31) } }
        return mask
    }()

    static func mightBeVerb(_ word: String) -> Bool {
        let count = word.utf8.count
        guard count < 16, let first = word.utf8.first else { return false }
        return verbMask[count] & (1 << UInt32(first & 31)) != 0
    }

    /// For each speech verb of the sentence, the index (into `mentions`) of the speaker and the verb's token.
    ///
    /// - Parameters:
    ///   - mentions: the sentence's mentions, each with its group's kind in `kinds`.
    ///   - lastPerson: the mention index of the last person named before this sentence, for pronouns.
    static func speakers(tokens: [NameToken], mentions: [(index: Int, mention: NameMention)], kinds: [Int: ActorKind],
                         lastPerson: Int?) -> [(speaker: Int, verb: Int)] {
        let quoted = tokens.contains { $0.shape == .punct && $0.text == "\"" }
        var result: [(speaker: Int, verb: Int)] = []
        for (v, token) in tokens.enumerated() where token.shape == .lower && mightBeVerb(token.text) && speechVerbs.contains(token.text) {
            var speaker: (Int, NameMention)?
            if token.text == "according" {
                if v + 2 < tokens.count, tokens[v + 1].text == "to" {
                    speaker = mentions.first { $0.mention.firstToken == v + 2 || ($0.mention.firstToken == v + 3 && tokens[v + 2].text == "the") }
                }
            } else {
                // "X said" (the name ends one to three words before: "Blinken said", "Mr Greenspan has said")
                speaker = mentions.last { $0.mention.lastToken < v && $0.mention.lastToken >= v - 3 }
                    ?? mentions.first { $0.mention.firstToken > v && $0.mention.firstToken <= v + 2 }
            }
            if let (index, mention) = speaker, let kind = kinds[index], kind != .place {
                let afterComma = mention.firstToken > 0 && tokens[mention.firstToken - 1].text == ","
                    || (mention.firstToken > v && tokens[v - 1 < 0 ? 0 : v - 1].text == ",")
                if quoted || afterComma { result.append((index, v)) }
                continue
            }
            // "he said", "she added": the last person named.
            let pronounBefore = v > 0 && ["he", "she"].contains(tokens[v - 1].text)
            let pronounAfter = v + 1 < tokens.count && ["he", "she"].contains(tokens[v + 1].text)
            if (pronounBefore || pronounAfter), quoted, let lastPerson { result.append((lastPerson, v)) }
        }
        return result
    }
}
