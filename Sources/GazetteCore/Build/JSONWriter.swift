/// A JSON value for `JSONWriter`.
enum JSONValue {
    case string(String)
    case int(Int)
    case array([JSONValue])
    /// Keys are written sorted, whatever their order here.
    case object([(String, JSONValue)])
}

/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when asked), several times faster:
/// the site-wide files (`data/actors.json`, the search index) change with every edit, so
/// every rebuild writes them. A test holds the two encoders equal.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    let escapingClosingTags: Bool

    init(pretty: Bool, escapingClosingTags: Bool = false) {
        self.pretty = pretty
        self.escapingClosingTags = escapingClosingTags
    }

    /// `escapingClosingTags` writes `</` inside strings as `<\/` (the same string to a JSON
    /// reader), so the text can sit inside a `<script>` element.
    static func encode(_ value: JSONValue, pretty: Bool, escapingClosingTags: Bool = false) -> String {
        var writer = JSONWriter(pretty: pretty, escapingClosingTags: escapingClosingTags)
        writer.write(value, depth: 0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A top-level array, its items encoded in parallel: the same bytes as `encode`.
    static func encodeArray(_ items: [JSONValue], pretty: Bool, escapingClosingTags: Bool = false) -> String {
        guard !items.isEmpty else { return encode(.array([]), pretty: pretty) }
        let chunks = stride(from: 0, to: items.count, by: 256).map { $0..<min($0 + 256, items.count) }
        let parts = ParallelMap.map(chunks) { chunk -> [UInt8] in
            var writer = JSONWriter(pretty: pretty, escapingClosingTags: escapingClosingTags)
            for index in chunk {
                if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
                writer.newline(1)
                writer.write(items[index], depth: 1)
            }
            return writer.bytes
        }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for part in parts { bytes += part }
        if pretty { bytes.append(UInt8(ascii: "\n")) }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func write(_ value: JSONValue, depth: Int) {
        switch value {
        case .string(let text): string(text)
        case .int(let number): bytes.append(contentsOf: String(number).utf8)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(item, depth: depth + 1)
            }
            close("]", depth: depth, empty: items.isEmpty)
        case .object(let fields):
            bytes.append(UInt8(ascii: "{"))
            for (offset, field) in fields.sorted(by: { $0.0 < $1.0 }).enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                string(field.0)
                if pretty { append(" : ") } else { bytes.append(UInt8(ascii: ":")) }
                write(field.1, depth: depth + 1)
            }
            close("}", depth: depth, empty: fields.isEmpty)
        }
    }

    /// Pretty output puts each item on its own line; an empty container gets a blank line.
    private mutating func close(_ bracket: Unicode.Scalar, depth: Int, empty: Bool) {
        if pretty {
            if empty { bytes.append(UInt8(ascii: "\n")) }
            newline(depth)
        }
        bytes.append(UInt8(ascii: bracket))
    }

    private mutating func newline(_ depth: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Copies runs of plain bytes whole, escaping only what JSON (and `escapingClosingTags`) needs.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var plainStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                let isSlashToEscape = byte == UInt8(ascii: "/") && escapingClosingTags && index > 0 && utf8[index - 1] == UInt8(ascii: "<")
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isSlashToEscape else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                plainStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case UInt8(ascii: "/"): append("\\/")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                default:
                    let hex: StaticString = "0123456789abcdef"
                    append("\\u00")
                    hex.withUTF8Buffer { bytes.append(contentsOf: [$0[Int(byte >> 4)], $0[Int(byte & 0xF)]]) }
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
