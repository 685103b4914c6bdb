/// Finds who is quoted in a sentence: `"...," Blinken said`, `said Robert Sinche`, `according to the IFES`,
/// `", he said` (the last person named before), and reported speech after a comma (`..., Blinken said`).
enum QuoteAttributor {
    static let speechVerbs: StringSet = ["said", "says", "told", "tells", "added", "adds", "explained", "insisted",
                                         "warned", "argued", "claimed", "stated", "admitted", "noted", "commented",
                                         "remarked", "continued", "stressed", "declared", "announced", "replied",
                                         "conceded", "suggested", "acknowledged", "wrote", "according"]

    /// For each word length, a bit per first letter of the speech verbs of that length: most words fail
    /// this test and skip the hash set.
    static let verbMask: [UInt32] = {
        var mask = [UInt32](repeating: 0, count: 16)
        for verb in speechVerbs.words { if let first = verb.utf8.first, verb.utf8.count < 16 { mask[verb.utf8.count] |= 1 << UInt32(first & 31) } }
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
    ///   - mentions: the sentence's mentions, as positions in `all`, each with its group's kind in `kinds`.
    ///   - lastPerson: the mention index of the last person named before this sentence, for pronouns.
    static func speakers(tokens: [NameToken], mentions: [Int], of all: [NameMention], kinds: [Int: ActorKind],
                         lastPerson: Int?) -> [(speaker: Int, verb: Int)] {
        // Tokens and mentions are read in place by index: each copied is several reference counts.
        let quoted = tokens.indices.contains { tokens[$0].punctuationByte == UInt8(ascii: "\"") }
        var result: [(speaker: Int, verb: Int)] = []
        for v in tokens.indices where tokens[v].shape == .lower && mightBeVerb(tokens[v].text) && speechVerbs.contains(tokens[v].text) {
            var speaker: Int?
            if tokens[v].text == "according" {
                if v + 2 < tokens.count, tokens[v + 1].text == "to" {
                    speaker = mentions.first { all[$0].firstToken == v + 2 || (all[$0].firstToken == v + 3 && tokens[v + 2].text == "the") }
                }
            } else {
                // "X said" (the name ends one to three words before: "Blinken said", "Mr Greenspan has said")
                speaker = mentions.last { all[$0].lastToken < v && all[$0].lastToken >= v - 3 }
                    ?? mentions.first { all[$0].firstToken > v && all[$0].firstToken <= v + 2 }
            }
            if let index = speaker, let kind = kinds[index], kind != .place {
                let firstToken = all[index].firstToken
                let afterComma = firstToken > 0 && tokens[firstToken - 1].text == ","
                    || (firstToken > v && tokens[v - 1 < 0 ? 0 : v - 1].text == ",")
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
