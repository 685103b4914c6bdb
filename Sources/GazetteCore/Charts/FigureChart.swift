/// A figure at a date: its value, how it reads, and the sentence it comes from.
struct FigurePoint: Sendable, Equatable {
    var day: Int
    var value: Double
    var label: String
    var href: String
}

/// Figures of one kind and unit over time (a currency amount, a percentage): points on a time
/// axis, heights proportional to the value from zero, each linked to its sentence.
enum FigureChart {
    static let width = 400.0, height = 150.0
    static let left = 8.0, right = 392.0, plotTop = 18.0, plotBottom = 128.0

    static func x(_ day: Int, first: Int, last: Int) -> Double {
        last > first ? left + Double(day - first) / Double(last - first) * (right - left) : (left + right) / 2
    }

    static func y(_ value: Double, maximum: Double) -> Double {
        maximum > 0 ? plotBottom - max(0, value) / maximum * (plotBottom - plotTop) : plotBottom
    }

    /// Points in date order; `firstLabel`, `lastLabel` and `maximumLabel` name the axes' ends.
    static func svg(_ points: [FigurePoint], id: String, title: String, summary: String,
                    firstLabel: String, lastLabel: String, maximumLabel: String) -> String {
        guard points.count >= 2, let first = points.first?.day, let last = points.last?.day else { return "" }
        let maximum = points.map(\.value).max() ?? 0
        var svg = SVGWriter(id: id, className: "chart-figures", width: width, height: height, title: title, summary: summary)
        svg.element("line", ["class": .code("chart-axis"), "x1": .code("0"), "y1": .number(plotBottom),
                             "x2": .number(width), "y2": .number(plotBottom)])
        let coordinates = points.map { (x($0.day, first: first, last: last), y($0.value, maximum: maximum)) }
        let line = coordinates.map { "\(SVGWriter.number($0.0)),\(SVGWriter.number($0.1))" }.joined(separator: " ")
        svg.element("polyline", ["class": .code("chart-line"), "points": .code(line)])
        for (point, (px, py)) in zip(points, coordinates) {
            svg.shape("circle", ["class": .code("chart-dot"), "cx": .number(px), "cy": .number(py), "r": .code("4")],
                      tooltip: point.label, href: point.href)
        }
        svg.label(maximumLabel, x: 0, y: plotTop - 6)
        svg.label(firstLabel, x: 0, y: height - 6)
        svg.label(lastLabel, x: width, y: height - 6, anchor: "end")
        return svg.finished()
    }
}
