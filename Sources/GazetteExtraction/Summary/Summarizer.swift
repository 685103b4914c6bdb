/// Chooses the summary sentences of an article.
public enum Summarizer {
    public static func summarize(sentences: [Sentence], actors: [Actor], figures: [Figure], count: Int) -> [Int] {
        Array(sentences.prefix(count)).map(\.index)
    }
}
