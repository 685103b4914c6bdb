/// A word-sized line of counts over consecutive periods, for lists ("who is in the news").
enum Sparkline {
    static let width = 80.0, height = 20.0

    /// The y of a count when the largest is `maximum` (the line's top is the largest).
    static func y(_ count: Int, maximum: Int) -> Double {
        height - 2 - (maximum > 0 ? Double(count) / Double(maximum) * (height - 4) : 0)
    }

    static func svg(_ counts: [Int], id: String, title: String, summary: String) -> String {
        guard counts.count >= 2 else { return "" }
        let maximum = counts.max() ?? 0
        var svg = SVGWriter(id: id, className: "chart-sparkline", width: width, height: height, title: title, summary: summary)
        let step = (width - 4) / Double(counts.count - 1)
        let points = counts.enumerated().map { "\(SVGWriter.number(2 + Double($0.offset) * step)),\(SVGWriter.number(y($0.element, maximum: maximum)))" }
        svg.element("polyline", ["class": .code("chart-line"), "points": .code(points.joined(separator: " "))])
        if let last = counts.last {
            svg.element("circle", ["class": .code("chart-dot"), "cx": .number(width - 2), "cy": .number(y(last, maximum: maximum)), "r": .code("2")])
        }
        return svg.finished()
    }
}
