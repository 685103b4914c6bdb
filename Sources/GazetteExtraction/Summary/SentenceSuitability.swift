import Foundation

/// How fit a sentence is to stand in a summary on its own, as a factor on its score.
///
/// 0 rules a sentence out (page furniture, bylines, captions, fragments); below 1 makes it
/// a weaker choice (a sentence that leans on the one before, a quotation, a question).
/// Centrality alone favours such sentences when they repeat the article's words, but read
/// out of context they confuse. Longer sentences get a larger factor: they carry more.
enum SentenceSuitability {
    /// Fewer words than this and a sentence is a fragment ("Twice.", "Utter rubbish.").
    static let minimumWords = 4
    /// Longer sentences carry more of the article: the factor grows with the logarithm of the
    /// word count, up to this many words (a log, so a long sentence does not win on length alone).
    static let fullWeightWords = 40
    static let lengthFactors: [Float] = (0...fullWeightWords).map {
        Float(log(1 + Double($0)) / log(1 + Double(fullWeightWords)))
    }
    static let dependentOpenerFactor: Float = 0.85
    static let quotationFactor: Float = 0.9
    /// The later sentences of a quotation make little sense without its first.
    static let quoteContinuationFactor: Float = 0.8
    static let questionFactor: Float = 0.85

    /// The largest factor a sentence of `wordCount` words can get: its length factor, which
    /// every other rule only lowers (or zeroes).
    static func ceiling(wordCount: Int) -> Float {
        lengthFactors[min(wordCount, fullWeightWords)]
    }

    /// The factor for a sentence; `aloneInParagraph` says whether its paragraph has no other.
    static func factor(_ profile: SentenceProfile, aloneInParagraph: Bool) -> Float {
        let words = profile.wordCount
        if words < minimumWords { return 0 }
        if profile.hasJunkPhrase { return 0 }
        // "By John Smith, BBC News": a byline.
        if words <= 7, profile.opensWithBy { return 0 }
        // A heading, caption or list label: a short paragraph with no final punctuation.
        if aloneInParagraph, !profile.hasFinalPunctuation, words < 12 { return 0 }
        var factor = ceiling(wordCount: words)
        if profile.opensDependent { factor *= dependentOpenerFactor }
        if profile.opensWithQuote { factor *= quotationFactor }
        if profile.continuesQuote { factor *= quoteContinuationFactor }
        if profile.isQuestion { factor *= questionFactor }
        return factor
    }
}
