/// Writes the inline SVG of the charts: deterministic numbers, escaped text, an accessible frame.
///
/// Charts carry no colours: each shape has a class (`chart-bar`, `chart-line`, ...) that the
/// theme's stylesheet colours through CSS custom properties, so a restyle recolours them. The
/// `viewBox` alone sets the size, so the stylesheet can scale a chart to any width.
struct SVGWriter {
    private(set) var text = ""

    /// Opens an `<svg>` with a title and a description read by screen readers (`id` must be unique
    /// on the page: it names them).
    init(id: String, className: String, width: Double, height: Double, title: String, summary: String) {
        text = "<svg class=\"chart \(className)\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" "
        text += "aria-labelledby=\"\(id)-title \(id)-desc\">"
        text += "<title id=\"\(id)-title\">\(HTMLEscape.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLEscape.escape(summary))</desc>"
    }

    /// `<name attributes>` with text content or none (then self-closed).
    mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        text += "<" + name
        for (key, value) in attributes { text += " \(key)=\"\(HTMLEscape.escape(value))\"" }
        if let content { text += ">" + content + "</\(name)>" } else { text += "/>" }
    }

    /// A shape with a tooltip (`<title>`), inside a link when `href` is given.
    mutating func shape(_ name: String, _ attributes: [(String, String)], tooltip: String, href: String?) {
        if let href { text += "<a href=\"\(HTMLEscape.escape(href))\">" }
        element(name, attributes, content: "<title>\(HTMLEscape.escape(tooltip))</title>")
        if href != nil { text += "</a>" }
    }

    mutating func label(_ content: String, x: Double, y: Double, anchor: String = "start", className: String = "chart-label") {
        element("text", [("class", className), ("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor)],
                content: HTMLEscape.escape(content))
    }

    func finished() -> String { text + "</svg>" }

    /// A coordinate to one decimal, with no locale and no "-0": the same bytes on every run.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
    }
}
