/// Finds the quantities in sentences: money, percentages, counts, durations and measures.
///
/// Works sentence by sentence on UTF-8 bytes (see `FigureScanner` for the grammar); a
/// sentence without a digit or a letter sequence that could spell a number is skipped unread.
public enum FigureExtractor {
    /// Every figure, in article order (sentence by sentence, left to right).
    public static func extract(from sentences: [Sentence]) -> [Figure] {
        let lexicon = FigureLexicon.shared
        var figures: [Figure] = []
        for sentence in sentences {
            FigureScanner(text: sentence.text, sentence: sentence.index, lexicon: lexicon).scan(into: &figures)
        }
        return figures
    }
}
