import Foundation
@testable import GazetteCore
import Testing

/// The geometry of each chart against its data, read back from the SVG it writes.
@Suite("Charts")
struct ChartTests {
    /// The values of `attribute` on every `<element ...>` of `svg`, in order.
    static func values(_ attribute: String, of element: String, in svg: String) -> [String] {
        svg.components(separatedBy: "<\(element) ").dropFirst().compactMap { tag in
            guard let start = tag.range(of: " \(attribute)=\"") ?? tag.range(of: "\(attribute)=\"") else { return nil }
            return String(tag[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func numbers(_ attribute: String, of element: String, in svg: String) -> [Double] {
        values(attribute, of: element, in: svg).compactMap(Double.init)
    }

    @Test("bar heights are proportional to the counts, bars with articles link to them, and the chart says what it shows")
    func barChart() {
        let bars = [ChartBar(label: "Jan 2024", count: 3, href: "archive/2024/01/index.html"),
                    ChartBar(label: "Feb 2024", count: 0, href: "archive/2024/02/index.html"),
                    ChartBar(label: "Mar 2024", count: 6, href: "archive/2024/03/index.html")]
        let svg = BarChart.svg(bars, id: "t", title: "Articles", summary: "9 articles.", current: 2)
        let heights = Self.numbers("height", of: "rect", in: svg)
        #expect(heights.count == 2, "an empty period draws no bar")
        let full = BarChart.plotBottom - BarChart.plotTop
        for (bar, height) in zip(bars.filter { $0.count > 0 }, heights) { #expect(abs(height - Double(bar.count) / 6 * full) < 0.06) }
        let xs = Self.numbers("x", of: "rect", in: svg)
        #expect(abs(xs[1] - xs[0] - 2 * BarChart.width / 3) < 0.2, "each bar keeps its period's place")
        // Bars stand on the axis.
        for (y, height) in zip(Self.numbers("y", of: "rect", in: svg), heights) { #expect(abs(y + height - BarChart.plotBottom) < 0.11) }
        #expect(Self.values("href", of: "a", in: svg) == ["archive/2024/01/index.html", "archive/2024/03/index.html"])
        #expect(svg.contains("<title id=\"t-title\">Articles</title><desc id=\"t-desc\">9 articles.</desc>"))
        #expect(svg.contains("class=\"chart-bar chart-current\""))
        #expect(!svg.contains("fill=") && !svg.contains("style="), "colours come from the stylesheet")
        #expect(svg == BarChart.svg(bars, id: "t", title: "Articles", summary: "9 articles.", current: 2), "deterministic")
        #expect(BarChart.svg([], id: "t", title: "", summary: "") == "")
    }

    @Test("timelines use weeks for a short span, months up to four years, years beyond")
    func timeBuckets() throws {
        let day = { (text: String) in try #require(ArticleDate(iso: text)) }
        let weeks = TimeBuckets(from: try day("2024-03-21"), to: try day("2024-04-20"))
        #expect(weeks.unit == .week && weeks.count == 5)
        #expect(weeks.label(0) == "week of 18 Mar 2024", "weeks start on Monday")
        #expect(weeks.index(of: try day("2024-04-02")) == 2)
        #expect(weeks.archivePath(2) == "archive/2024/04/index.html")
        let months = TimeBuckets(from: try day("2013-10-09"), to: try day("2015-09-01"))
        #expect(months.unit == .month && months.count == 24 && months.label(0) == "Oct 2013" && months.label(23) == "Sep 2015")
        let years = TimeBuckets(from: try day("2006-05-28"), to: try day("2015-09-01"))
        #expect(years.unit == .year && years.count == 10 && years.archivePath(9) == "archive/2015/index.html")
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "1969-12-31"] {
            let date = try day(text)
            #expect(ArticleDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        }
        #expect(try day("1970-01-02").daysSinceEpoch == 1)
    }

    @Test("a sparkline rises with the counts and ends on a dot at the last one")
    func sparkline() {
        let svg = Sparkline.svg([0, 2, 4, 1], id: "s", title: "A", summary: "A in 0, 2, 4, 1.")
        let points = Self.values("points", of: "polyline", in: svg)[0].split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
        #expect(points.count == 4)
        #expect(points[2][1] == 2 && points[0][1] == Sparkline.height - 2, "the largest count at the top, zero at the bottom")
        #expect(abs(points[1][1] - (Sparkline.height - 2 - 0.5 * (Sparkline.height - 4))) < 0.06)
        #expect(Self.numbers("cy", of: "circle", in: svg) == [points[3][1]])
    }

    @Test("an actor's web puts it in the middle, its co-actors at one distance, lines as wide as the articles shared")
    func network() {
        let nodes = [NetworkNode(label: "Antony Blinken", kind: "person", weight: 5, href: "people/antony-blinken/index.html"),
                     NetworkNode(label: "Cairo", kind: "place", weight: 3, href: nil),
                     NetworkNode(label: "Hamas", kind: "organization", weight: 1, href: "organizations/hamas/index.html")]
        let edges = [NetworkEdge(from: 0, to: 1, weight: 3), NetworkEdge(from: 0, to: 2, weight: 1)]
        let svg = NetworkChart.svg(nodes: nodes, edges: edges, layout: .centered, id: "w", title: "Web", summary: "Web.")
        let (width, height) = NetworkChart.size(.centered)
        let xs = Self.numbers("cx", of: "circle", in: svg), ys = Self.numbers("cy", of: "circle", in: svg)
        #expect(xs[0] == width / 2 && ys[0] == height / 2)
        let distance = { (i: Int) in ((xs[i] - xs[0]) * (xs[i] - xs[0]) + (ys[i] - ys[0]) * (ys[i] - ys[0])).squareRoot() }
        #expect(abs(distance(1) - distance(2)) < 0.2)
        #expect(Self.numbers("stroke-width", of: "line", in: svg) == [6, NetworkChart.edgeWidth(1, maximum: 3)].map { ($0 * 10).rounded() / 10 })
        #expect(Self.values("href", of: "a", in: svg) == ["people/antony-blinken/index.html", "organizations/hamas/index.html"],
                "actors without a page are not links")
        let ring = NetworkChart.svg(nodes: nodes, edges: edges, layout: .ring, id: "g", title: "Web", summary: "Web.")
        #expect(Self.values("transform", of: "text", in: ring).count == 3, "ring labels turn along their radius")
    }

    @Test("figures over time: x by date, height by value from zero, each point linked to its sentence")
    func figures() {
        let points = [FigurePoint(day: 100, value: 25, label: "$25m", href: "articles/a/index.html#s-0"),
                      FigurePoint(day: 110, value: 50, label: "$50m", href: "articles/b/index.html#s-0")]
        let svg = FigureChart.svg(points, id: "f", title: "F", summary: "F.", firstLabel: "a", lastLabel: "b", maximumLabel: "$50m")
        #expect(Self.numbers("cx", of: "circle", in: svg) == [FigureChart.left, FigureChart.right])
        let ys = Self.numbers("cy", of: "circle", in: svg)
        #expect(ys[1] == FigureChart.plotTop)
        #expect(abs((FigureChart.plotBottom - ys[0]) * 2 - (FigureChart.plotBottom - ys[1])) < 0.2, "half the value, half the height")
        #expect(Self.values("href", of: "a", in: svg) == points.map(\.href))
        #expect(FigureChart.svg(Array(points.prefix(1)), id: "f", title: "", summary: "", firstLabel: "", lastLabel: "", maximumLabel: "") == "",
                "one point is no trend")
    }

    @Test("on the golden site, an actor's timeline counts its dated articles and leaves the undated out")
    func actorTimelineCounts() throws {
        let sink = CollectingSink()
        _ = try SiteBuilder.build(try TestSupport.input(site: TestSupport.goldenSite), into: sink).get()
        let file = try #require(sink.files.first { $0.path == "people/antony-blinken/index.html" })
        let page = String(decoding: file.bytes, as: UTF8.self)
        let timeline = try #require(page.components(separatedBy: "<svg class=\"chart chart-bars\"").dropFirst().first)
        let heights = Self.numbers("height", of: "rect", in: timeline.components(separatedBy: "</svg>")[0])
        #expect(heights.count == 3, "three dated articles, three weeks")
        #expect(page.contains("Figures over time") && page.contains("chart-network"))
    }
}
