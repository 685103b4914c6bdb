/// A template syntax error, with its 1-based line and column.
public struct MustacheSyntaxError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
}

/// Parses Mustache text into nodes, following the Mustache specification: variables,
/// sections, inverted sections, comments, partials, set delimiters, standalone lines,
/// and the optional inheritance (`{{<parent}}`, `{{$block}}`) and dynamic-name
/// (`{{>*name}}`) modules. Lambdas are not supported: template data is typed values.
struct MustacheParser {
    /// One scanned piece of a line.
    private enum Piece {
        case text([UInt8])
        case newline([UInt8])
        case tag(Tag)
    }

    private struct Tag {
        var sigil: UInt8?
        var name: String
        var line: Int
        var column: Int
        /// Whitespace before the tag on a standalone line: a partial's indentation.
        var indentation: [UInt8] = []
        /// Whether the tag's line was standalone (and so removed from the output).
        var standalone = false

        /// Tags that may stand alone on a line, which then disappears from the output.
        var canStandAlone: Bool { sigil.map { Array("#^/!><$=".utf8).contains($0) } ?? false }
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var lineStartOffset = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    private init(_ text: String) { bytes = Array(text.utf8) }

    static func parse(_ text: String) throws(MustacheSyntaxError) -> [MustacheNode] {
        var parser = MustacheParser(text)
        let lines = try parser.scanLines()
        var builder = TreeBuilder()
        for line in lines { try builder.add(line) }
        return try builder.finish()
    }

    // MARK: Scanning

    /// Scans the whole text into lines of pieces; standalone lines lose their whitespace
    /// and newline.
    private mutating func scanLines() throws(MustacheSyntaxError) -> [[Piece]] {
        var lines: [[Piece]] = []
        var current: [Piece] = []
        while position < bytes.count {
            if starts(with: open) {
                if let tag = try scanTag() { current.append(.tag(tag)) }
            } else if bytes[position] == UInt8(ascii: "\n") || (bytes[position] == UInt8(ascii: "\r") && next(is: "\n")) {
                let length = bytes[position] == UInt8(ascii: "\r") ? 2 : 1
                current.append(.newline(Array(bytes[position..<position + length])))
                position += length
                line += 1
                lineStartOffset = position
                lines.append(Self.standalone(current))
                current = []
            } else {
                let start = position
                while position < bytes.count, !starts(with: open), bytes[position] != UInt8(ascii: "\n"),
                      !(bytes[position] == UInt8(ascii: "\r") && next(is: "\n")) {
                    position += 1
                }
                current.append(.text(Array(bytes[start..<position])))
            }
        }
        if !current.isEmpty { lines.append(Self.standalone(current)) }
        return lines
    }

    /// A line whose only content is standalone tags and whitespace keeps just its tags;
    /// the whitespace before the first tag becomes their indentation.
    private static func standalone(_ line: [Piece]) -> [Piece] {
        var tags = 0
        for piece in line {
            switch piece {
            case .tag(let tag): if !tag.canStandAlone { return line }; tags += 1
            case .text(let text): if text.contains(where: { $0 != 32 && $0 != 9 }) { return line }
            case .newline: break
            }
        }
        guard tags > 0 else { return line }
        var indentation: [UInt8] = []
        var result: [Piece] = []
        for piece in line {
            switch piece {
            case .text(let text) where result.isEmpty: indentation += text
            case .tag(var tag):
                tag.indentation = indentation
                tag.standalone = true
                result.append(.tag(tag))
            default: break
            }
        }
        return result
    }

    private func starts(with marker: [UInt8]) -> Bool {
        guard position + marker.count <= bytes.count else { return false }
        for offset in marker.indices where bytes[position + offset] != marker[offset] { return false }
        return true
    }

    private func next(is character: Unicode.Scalar) -> Bool {
        position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: character)
    }

    private func error(_ message: String, column: Int? = nil) -> MustacheSyntaxError {
        MustacheSyntaxError(line: line, column: column ?? position - lineStartOffset + 1, message: message)
    }

    /// Scans one tag at `position`; nil for comments and set-delimiter tags that leave
    /// nothing behind but may still make a line standalone (they return a tag then).
    private mutating func scanTag() throws(MustacheSyntaxError) -> Tag? {
        let column = position - lineStartOffset + 1
        let tagLine = line
        position += open.count
        var closing = close
        if open == Array("{{".utf8), position < bytes.count, bytes[position] == UInt8(ascii: "{") {
            closing = [UInt8(ascii: "}")] + close
        }
        guard let end = find(closing, from: position) else {
            throw MustacheSyntaxError(line: tagLine, column: column, message: "unfinished tag: expected '\(String(decoding: close, as: UTF8.self))'")
        }
        var content = Array(bytes[position..<end])
        for byte in content where byte == UInt8(ascii: "\n") {
            _ = byte
            line += 1
        }
        position = end + closing.count
        content = trimmed(content)
        guard let first = content.first else { throw MustacheSyntaxError(line: tagLine, column: column, message: "empty tag") }
        var sigil: UInt8? = nil
        if Array("#^/!><$=&{".utf8).contains(first) {
            sigil = first
            content = trimmed(Array(content.dropFirst()))
        }
        if sigil == UInt8(ascii: "{") { sigil = UInt8(ascii: "&") }
        if sigil == UInt8(ascii: "=") {
            guard content.last == UInt8(ascii: "=") else {
                throw MustacheSyntaxError(line: tagLine, column: column, message: "invalid set-delimiter tag")
            }
            let parts = trimmed(Array(content.dropLast())).split(whereSeparator: { $0 == 32 || $0 == 9 })
            guard parts.count == 2, !parts[0].contains(UInt8(ascii: "=")), !parts[1].contains(UInt8(ascii: "=")) else {
                throw MustacheSyntaxError(line: tagLine, column: column, message: "invalid set-delimiter tag")
            }
            open = Array(parts[0])
            close = Array(parts[1])
            return Tag(sigil: sigil, name: "", line: tagLine, column: column)
        }
        let name = String(decoding: content, as: UTF8.self)
        if sigil != UInt8(ascii: "!"), name.isEmpty {
            throw MustacheSyntaxError(line: tagLine, column: column, message: "empty tag")
        }
        return Tag(sigil: sigil, name: name, line: tagLine, column: column)
    }

    private func find(_ marker: [UInt8], from start: Int) -> Int? {
        guard !marker.isEmpty, bytes.count >= marker.count else { return nil }
        var index = start
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) { return index }
            index += 1
        }
        return nil
    }

    private func trimmed(_ content: [UInt8]) -> [UInt8] {
        let isSpace: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
        guard let first = content.firstIndex(where: { !isSpace($0) }), let last = content.lastIndex(where: { !isSpace($0) }) else { return [] }
        return Array(content[first...last])
    }

    // MARK: Building the tree

    /// Turns scanned lines into nested nodes, checking that sections close in order.
    private struct TreeBuilder {
        private struct Open {
            var tag: Tag
            var nodes: [MustacheNode] = []
        }

        private var stack: [Open] = []
        private var nodes: [MustacheNode] = []

        private mutating func append(_ node: MustacheNode) {
            if stack.isEmpty { nodes.append(node) } else { stack[stack.count - 1].nodes.append(node) }
        }

        private mutating func appendText(_ text: [UInt8]) {
            if stack.isEmpty {
                if case .text(let previous)? = nodes.last { nodes[nodes.count - 1] = .text(previous + text); return }
            } else if case .text(let previous)? = stack[stack.count - 1].nodes.last {
                stack[stack.count - 1].nodes[stack[stack.count - 1].nodes.count - 1] = .text(previous + text)
                return
            }
            append(.text(text))
        }

        mutating func add(_ line: [Piece]) throws(MustacheSyntaxError) {
            // A line starts where a partial's indentation goes, unless it is empty or was
            // removed as standalone (its partial then indents its own lines).
            let standalone = line.allSatisfy { if case .tag(let tag) = $0 { return tag.standalone } else { return false } }
            let empty = line.allSatisfy { if case .newline = $0 { return true } else { return false } }
            if !standalone, !empty { append(.lineStart) }
            for piece in line {
                switch piece {
                case .text(let text), .newline(let text): appendText(text)
                case .tag(let tag): try add(tag)
                }
            }
        }

        private mutating func add(_ tag: Tag) throws(MustacheSyntaxError) {
            switch tag.sigil.map({ Character(Unicode.Scalar($0)) }) {
            case nil: append(.variable(MustachePath(tag.name), escaped: true))
            case "&": append(.variable(MustachePath(tag.name), escaped: false))
            case "!", "=": break
            case ">":
                let (name, dynamic) = Self.dynamicName(tag.name)
                append(.partial(name, dynamic: dynamic, indentation: tag.indentation))
            case "#", "^", "<", "$": stack.append(Open(tag: tag))
            case "/":
                guard let open = stack.popLast() else {
                    throw MustacheSyntaxError(line: tag.line, column: tag.column, message: "closing tag '\(tag.name)' has no open section")
                }
                guard open.tag.name == tag.name else {
                    throw MustacheSyntaxError(line: tag.line, column: tag.column, message: "closing tag does not match the open section")
                }
                append(Self.node(open.tag, open.nodes))
            default: break
            }
        }

        /// The node an open tag and its content make once closed.
        private static func node(_ tag: Tag, _ children: [MustacheNode]) -> MustacheNode {
            switch tag.sigil {
            case UInt8(ascii: "<"):
                var blocks: [String: MustacheBlock] = [:]
                for child in children { if case .block(let block) = child { blocks[block.name] = block } }
                let (name, dynamic) = dynamicName(tag.name)
                return .parent(name, dynamic: dynamic, indentation: tag.indentation, blocks: blocks)
            case UInt8(ascii: "$"):
                return .block(reindented(tag, children))
            default:
                return .section(MustachePath(tag.name), inverted: tag.sigil == UInt8(ascii: "^"), children)
            }
        }

        /// A block whose opening tag stands alone keeps its lines without their common
        /// indentation (that of its first line, or of the tag when it has no lines);
        /// the renderer adds the indentation of the place it fills.
        private static func reindented(_ tag: Tag, _ children: [MustacheNode]) -> MustacheBlock {
            guard tag.standalone else { return MustacheBlock(name: tag.name, indentation: [], nodes: children) }
            var indentation = tag.indentation
            if children.count > 1, case .text(let text) = children[1] {
                indentation = Array(text.prefix { $0 == 32 || $0 == 9 })
            }
            return MustacheBlock(name: tag.name, indentation: indentation, nodes: dedent(children, by: indentation))
        }

        /// Removes `indentation` from the start of every line in `nodes`, nested ones included.
        private static func dedent(_ nodes: [MustacheNode], by indentation: [UInt8]) -> [MustacheNode] {
            guard !indentation.isEmpty else { return nodes }
            var result: [MustacheNode] = []
            var atLineStart = false
            for node in nodes {
                switch node {
                case .lineStart:
                    atLineStart = true
                    result.append(node)
                    continue
                case .text(let text) where atLineStart:
                    let strip = zip(text, indentation).prefix { $0 == $1 }.count
                    if strip < text.count { result.append(.text(Array(text[strip...]))) }
                case .section(let path, let inverted, let children):
                    result.append(.section(path, inverted: inverted, dedent(children, by: indentation)))
                case .block(var block):
                    // Its lines are already stored without its own indentation, which
                    // is relative to ours.
                    block.indentation = Array(block.indentation.dropFirst(min(block.indentation.count, indentation.count)))
                    result.append(.block(block))
                default:
                    result.append(node)
                }
                atLineStart = false
            }
            return result
        }

        private static func dynamicName(_ name: String) -> (String, Bool) {
            guard name.hasPrefix("*") else { return (name, false) }
            return (String(name.dropFirst()).trimmingSpacesAndTabs(), true)
        }

        func finish() throws(MustacheSyntaxError) -> [MustacheNode] {
            if let open = stack.last {
                throw MustacheSyntaxError(line: open.tag.line, column: open.tag.column,
                                          message: "section is never closed: expected '{{/\(open.tag.name)}}'")
            }
            return nodes
        }
    }
}

extension String {
    func trimmingSpacesAndTabs() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
