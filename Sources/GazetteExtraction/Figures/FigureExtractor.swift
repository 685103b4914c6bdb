/// Finds the quantities in sentences.
public enum FigureExtractor {
    public static func extract(from sentences: [Sentence]) -> [Figure] { [] }
}
