/// Finds the quantities in sentences: money, percentages, counts, durations and measures.
///
/// Works sentence by sentence on UTF-8 bytes (see `FigureScanner` for the grammar). Only the
/// few words around a digit or a number word are tokenized (`FigureTrigger.windows`), so a
/// sentence without one costs a single byte scan.
public enum FigureExtractor {
    /// Every figure, in article order (sentence by sentence, left to right).
    public static func extract(from sentences: [Sentence]) -> [Figure] {
        let lexicon = FigureLexicon.shared
        var figures: [Figure] = []
        for sentence in sentences {
            let bytes = Array(sentence.text.utf8)
            for window in FigureTrigger.windows(bytes) {
                FigureScanner(bytes: bytes, window: window, sentence: sentence.index, lexicon: lexicon)
                    .scan(into: &figures)
            }
        }
        return figures
    }
}
