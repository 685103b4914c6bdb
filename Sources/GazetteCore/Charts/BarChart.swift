/// A bar of a chart: a count over a period, and where its articles are listed.
struct ChartBar: Sendable, Equatable {
    var label: String
    var count: Int
    var href: String?
}

/// Counts over consecutive periods as bars whose heights are proportional to the counts; each
/// bar links to its articles. Used for actor timelines and the archive.
enum BarChart {
    static let width = 400.0, height = 150.0
    /// The plot area, inside the margins that hold the labels.
    static let plotTop = 18.0, plotBottom = 128.0

    /// The height of a bar of `count` when the largest is `maximum`.
    static func barHeight(_ count: Int, maximum: Int) -> Double {
        maximum > 0 ? Double(count) / Double(maximum) * (plotBottom - plotTop) : 0
    }

    /// The chart; `current` marks one bar (the page's own month). Empty when there are no bars.
    static func svg(_ bars: [ChartBar], id: String, title: String, summary: String, current: Int? = nil) -> String {
        guard !bars.isEmpty else { return "" }
        let maximum = bars.map(\.count).max() ?? 0
        var svg = SVGWriter(id: id, className: "chart-bars", width: width, height: height, title: title, summary: summary)
        let slot = width / Double(bars.count)
        let barWidth = max(1, slot * 0.8)
        svg.element("line", ["class": .code("chart-axis"), "x1": .code("0"), "y1": .number(plotBottom),
                             "x2": .number(width), "y2": .number(plotBottom)])
        // An empty period is the gap between bars: nothing to draw, nothing to link.
        for (index, bar) in bars.enumerated() where bar.count > 0 {
            let barHeight = barHeight(bar.count, maximum: maximum)
            let x = Double(index) * slot + (slot - barWidth) / 2
            let className = index == current ? "chart-bar chart-current" : "chart-bar"
            svg.shape("rect", ["class": .code(className), "x": .number(x), "y": .number(plotBottom - barHeight),
                               "width": .number(barWidth), "height": .number(barHeight)],
                      tooltip: "\(bar.label): \(counted(bar.count, "article"))", href: bar.href)
        }
        svg.label("\(maximum) max", x: 0, y: plotTop - 6)
        if let first = bars.first { svg.label(first.label, x: 0, y: height - 6) }
        if bars.count > 1, let last = bars.last { svg.label(last.label, x: width, y: height - 6, anchor: "end") }
        return svg.finished()
    }
}
