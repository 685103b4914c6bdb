import Foundation

/// An actor in a network chart: its name, kind (for its CSS class), weight (articles) and page.
struct NetworkNode: Sendable, Equatable {
    var label: String
    var kind: String
    var weight: Int
    var href: String?
}

/// A link between two nodes (positions in the node list), as wide as the articles they share.
struct NetworkEdge: Sendable, Equatable {
    var from: Int
    var to: Int
    var weight: Int
}

/// Actors and the articles they share, drawn as nodes on a circle: deterministic (the layout is
/// the nodes' order, no simulation), and readable up to the few dozen nodes callers cap it to.
///
/// Two layouts: `.centered` puts the first node in the middle and the others around it, labels
/// level (an actor's own web, a dozen nodes); `.ring` puts every node on a larger circle with
/// labels turned outwards along their radius, so that forty names never overlap.
enum NetworkChart {
    enum Layout: Sendable { case centered, ring }

    static func size(_ layout: Layout) -> (width: Double, height: Double) {
        layout == .centered ? (480, 320) : (640, 640)
    }

    /// Where node `index` of `count` sits, and the angle of its radius (radians).
    static func position(_ index: Int, of count: Int, layout: Layout) -> (x: Double, y: Double, angle: Double) {
        let (width, height) = size(layout)
        let centre = (x: width / 2, y: height / 2)
        if layout == .centered && index == 0 { return (centre.x, centre.y, 0) }
        let ring = layout == .centered ? count - 1 : count
        let slot = layout == .centered ? index - 1 : index
        let angle = 2 * Double.pi * Double(slot) / Double(max(1, ring)) - Double.pi / 2
        // The centred web leaves its sides to the level labels; the ring, its rim to the radial ones.
        let radius = layout == .centered ? height / 2 - 50 : height / 2 - 130
        return (centre.x + radius * cos(angle), centre.y + radius * sin(angle), angle)
    }

    /// The stroke width of an edge of `weight` when the heaviest is `maximum`: 1 to 6.
    static func edgeWidth(_ weight: Int, maximum: Int) -> Double {
        1 + 5 * Double(weight) / Double(max(1, maximum))
    }

    static func svg(nodes: [NetworkNode], edges: [NetworkEdge], layout: Layout, id: String, title: String, summary: String) -> String {
        guard nodes.count >= 2 else { return "" }
        let (width, height) = size(layout)
        var svg = SVGWriter(id: id, className: "chart-network", width: width, height: height, title: title, summary: summary)
        let points = nodes.indices.map { position($0, of: nodes.count, layout: layout) }
        let heaviestEdge = edges.map(\.weight).max() ?? 1
        for edge in edges {
            let a = points[edge.from], b = points[edge.to]
            svg.shape("line", ["class": .code("chart-edge"), "x1": .number(a.x), "y1": .number(a.y), "x2": .number(b.x), "y2": .number(b.y),
                               "stroke-width": .number(edgeWidth(edge.weight, maximum: heaviestEdge))],
                      tooltip: "\(nodes[edge.from].label) and \(nodes[edge.to].label): \(counted(edge.weight, "shared article"))",
                      href: nil)
        }
        let heaviestNode = nodes.map(\.weight).max() ?? 1
        for (index, node) in nodes.enumerated() {
            let point = points[index]
            let radius = 3 + 6 * (Double(node.weight) / Double(max(1, heaviestNode))).squareRoot()
            svg.shape("circle", ["class": .code("chart-node chart-\(node.kind)"), "cx": .number(point.x), "cy": .number(point.y),
                                 "r": .number(radius)],
                      tooltip: "\(node.label): \(counted(node.weight, "article"))", href: node.href)
            let limit = layout == .ring ? 24 : 16
            let name = node.label.count > limit ? String(node.label.prefix(limit - 1)) + "…" : node.label
            if layout == .ring {
                // Along the radius, outwards; on the left half turned over so it reads left to right.
                let right = cos(point.angle) >= 0
                let degrees = point.angle * 180 / Double.pi + (right ? 0 : 180)
                let x = point.x + cos(point.angle) * (radius + 4), y = point.y + sin(point.angle) * (radius + 4)
                svg.label(name, x: x, y: y + 4, anchor: right ? "start" : "end",
                          transform: "rotate(\(SVGWriter.number(degrees)) \(SVGWriter.number(x)) \(SVGWriter.number(y)))")
            } else {
                let side = point.x - width / 2
                let anchor = abs(side) < 20 ? "middle" : side > 0 ? "start" : "end"
                let offset = anchor == "middle" ? 0 : (side > 0 ? radius + 3 : -radius - 3)
                let below = index == 0 || point.y >= height / 2
                svg.label(name, x: point.x + offset, y: point.y + (anchor == "middle" ? (below ? radius + 12 : -radius - 4) : 4), anchor: anchor)
            }
        }
        return svg.finished()
    }
}
