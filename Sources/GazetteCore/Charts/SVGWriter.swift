/// Writes the inline SVG of the charts: deterministic numbers, escaped text, an accessible frame.
///
/// Charts carry no colours: each shape has a class (`chart-bar`, `chart-line`, ...) that the
/// theme's stylesheet colours through CSS custom properties, so a restyle recolours them. The
/// `viewBox` alone sets the size, so the stylesheet can scale a chart to any width.
///
/// Thousands of pages each carry charts, so the writer appends to one string and escapes only
/// what can hold text from articles (titles, tooltips, labels, links); attribute values given
/// to `element` are numbers and class names written by the charts themselves.
struct SVGWriter {
    /// UTF-8 bytes: appending to a byte array is several times faster than to a String.
    private var bytes: [UInt8] = []

    /// Opens an `<svg>` with a title and a description read by screen readers (`id` must be unique
    /// on the page: it names them).
    init(id: String, className: String, width: Double, height: Double, title: String, summary: String) {
        bytes.reserveCapacity(2_048)
        write("<svg class=\"chart \(className)\" viewBox=\"0 0 ")
        write(width)
        write(" ")
        write(height)
        write("\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\"><title id=\"\(id)-title\">")
        write(HTMLEscape.escape(title))
        write("</title><desc id=\"\(id)-desc\">")
        write(HTMLEscape.escape(summary))
        write("</desc>")
    }

    /// A coordinate or a length, or a class name or other value the chart writes itself.
    enum Value {
        case number(Double)
        case code(String)
    }

    /// `<name attributes>` with content (already markup) or none (then self-closed). Values are
    /// the charts' own numbers and names, never article text.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, Value>, content: String? = nil) {
        write("<")
        write(name)
        for (key, value) in attributes {
            write(" ")
            write(key)
            write("=\"")
            switch value {
            case .number(let number): write(number)
            case .code(let code): write(code)
            }
            write("\"")
        }
        if let content {
            write(">")
            write(content)
            write("</")
            write(name)
            write(">")
        } else {
            write("/>")
        }
    }

    /// A shape with a tooltip (`<title>`, escaped), inside a link when `href` is given (escaped).
    mutating func shape(_ name: String, _ attributes: KeyValuePairs<String, Value>, tooltip: String, href: String?) {
        if let href {
            write("<a href=\"")
            write(HTMLEscape.escape(href))
            write("\">")
        }
        element(name, attributes, content: "<title>" + HTMLEscape.escape(tooltip) + "</title>")
        if href != nil { write("</a>") }
    }

    /// Text on the chart (escaped); `transform` turns it.
    mutating func label(_ content: String, x: Double, y: Double, anchor: String = "start", transform: String? = nil) {
        if let transform {
            element("text", ["class": .code("chart-label"), "x": .number(x), "y": .number(y), "text-anchor": .code(anchor),
                             "transform": .code(transform)], content: HTMLEscape.escape(content))
        } else {
            element("text", ["class": .code("chart-label"), "x": .number(x), "y": .number(y), "text-anchor": .code(anchor)],
                    content: HTMLEscape.escape(content))
        }
    }

    func finished() -> String { String(decoding: bytes + Array("</svg>".utf8), as: UTF8.self) }

    private mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func write(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
        Self.appendDigits(abs(tenths) / 10, to: &bytes)
        let fraction = abs(tenths) % 10
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(48 + fraction))
        }
    }

    private static func appendDigits(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(UInt8(48 + value % 10))
    }

    /// A coordinate to one decimal, with no locale and no "-0": the same bytes on every run.
    static func number(_ value: Double) -> String {
        var writer = SVGWriter()
        writer.write(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private init() {}
}
