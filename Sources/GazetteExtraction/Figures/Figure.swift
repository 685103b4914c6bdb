/// What kind of quantity a figure is.
public enum FigureKind: String, Sendable, Codable, CaseIterable {
    case money, percent, count, duration, measure
}

/// A quantity found in an article: "nearly 32,000 killed", "$40 million donation".
public struct Figure: Sendable, Equatable, Codable {
    /// The figure as written in the sentence ("$1.13bn", "nearly 32,000").
    public var text: String
    /// The normalized value: 1.13e9 for "$1.13bn", 76 for "76%".
    public var value: Double
    /// ISO 4217 code for money, `percent` for percentages, otherwise what is counted
    /// ("people", "weeks", "militants").
    public var unit: String
    public var kind: FigureKind
    /// Index of the sentence the figure comes from (see `Sentence.index`).
    public var sentence: Int
    /// How important the figure is to the article; higher is more important.
    public var score: Double

    public init(text: String, value: Double, unit: String, kind: FigureKind, sentence: Int, score: Double = 0) {
        self.text = text
        self.value = value
        self.unit = unit
        self.kind = kind
        self.sentence = sentence
        self.score = score
    }
}
