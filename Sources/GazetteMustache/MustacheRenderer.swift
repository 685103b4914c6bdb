/// Walks parsed templates over typed values and appends the output bytes.
///
/// One renderer renders one page; it is cheap to make. What makes pages cheap is
/// `TemplateObject.memo`: an object many pages show through the same partial (an article
/// card on the home, section, tag, archive and actor pages) renders it once per distinct
/// outside value it reads (in the default theme, once per page depth, since only `root`
/// differs), and every other page appends the bytes. To stay exact for any template, the
/// renderer records every name the partial resolved below the object, with its value,
/// and reuses the output only where each still resolves the same; a partial that expands
/// a block is never kept, since blocks come from the page.
struct MustacheRenderer {
    let templates: [String: [MustacheNode]]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue] = []
    private var indentation: [UInt8] = []
    private var blocks: [String: MustacheBlock] = [:]
    /// While a memoized partial renders: the stack position of its object, what it read
    /// below it, and whether it may be kept.
    private var recordingFrame: Int?
    private var recorded: [(name: String, value: TemplateValue?)] = []
    private var recordingKeepable = true

    init(templates: [String: [MustacheNode]], context: TemplateValue) {
        self.templates = templates
        stack = [context]
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [MustacheNode]) {
        for node in nodes { render(node) }
    }

    private mutating func render(_ node: MustacheNode) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .lineStart:
            output.append(contentsOf: indentation)
        case .variable(let path, let escaped):
            guard let value = resolve(path) else { return }
            switch value {
            case .string(let text): escaped ? appendEscaped(text) : output.append(contentsOf: text.utf8)
            case .int(let number): output.append(contentsOf: String(number).utf8)
            case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list, .object: break
            }
        case .section(let path, let inverted, let children):
            let value = resolve(path)
            if inverted {
                if !(value?.isTruthy ?? false) { render(children) }
                return
            }
            guard let value, value.isTruthy else { return }
            switch value {
            case .bool: render(children)
            case .list(let items):
                for item in items { withFrame(item) { $0.render(children) } }
            default: withFrame(value) { $0.render(children) }
            }
        case .partial(let name, let dynamic, let partialIndentation):
            guard let template = template(name, dynamic: dynamic) else { return }
            let saved = indentation
            indentation += partialIndentation
            renderPartial(name: name, template)
            indentation = saved
        case .parent(let name, let dynamic, let parentIndentation, let overrides):
            guard let template = template(name, dynamic: dynamic) else { return }
            let savedIndentation = indentation, savedBlocks = blocks
            indentation += parentIndentation
            // The outermost override of a block wins: it is already in `blocks`.
            blocks.merge(overrides) { outer, _ in outer }
            render(template)
            indentation = savedIndentation
            blocks = savedBlocks
        case .block(let block):
            if recordingFrame != nil { recordingKeepable = false }
            let content = blocks[block.name] ?? block
            let saved = indentation
            indentation += block.indentation
            render(content.nodes)
            indentation = saved
        }
    }

    private mutating func template(_ name: String, dynamic: Bool) -> [MustacheNode]? {
        guard dynamic else { return templates[name] }
        guard case .string(let resolved)? = resolve(MustachePath(name)) else { return nil }
        return templates[resolved]
    }

    /// Renders a partial, through the memo of the object on top of the stack when it has one.
    private mutating func renderPartial(name: String, _ template: [MustacheNode]) {
        guard recordingFrame == nil, case .object(let object)? = stack.last, let memo = object.memo else {
            render(template)
            return
        }
        let below = stack.count - 1
        let key = indentation
        let hit = memo.withEntries { entries in
            entries.first { entry in
                entry.partial == name && entry.indentation == key
                    && entry.dependencies.allSatisfy { lookup($0.name, below: below)?.value == $0.value }
            }?.output
        }
        if let hit {
            output.append(contentsOf: hit)
            return
        }
        let start = output.count
        recordingFrame = below
        recorded = []
        recordingKeepable = true
        render(template)
        recordingFrame = nil
        if recordingKeepable {
            memo.add(.init(partial: name, indentation: key, dependencies: recorded, output: Array(output[start...])))
        }
    }

    private mutating func withFrame(_ value: TemplateValue, _ body: (inout MustacheRenderer) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
    }

    /// Resolves a name the spec's way: the first part up the stack, the rest inside it.
    private mutating func resolve(_ path: MustachePath) -> TemplateValue? {
        guard let first = path.parts.first else { return stack.last }
        guard let found = lookup(first, below: stack.count) else {
            record(first, nil)
            return nil
        }
        if let frame = recordingFrame, found.frame < frame { record(first, found.value) }
        var value = found.value
        for part in path.parts.dropFirst() {
            guard case .object(let object) = value, let next = object.fields[part] else { return nil }
            value = next
        }
        return value
    }

    private mutating func record(_ name: String, _ value: TemplateValue?) {
        guard recordingFrame != nil, !recorded.contains(where: { $0.name == name }) else { return }
        recorded.append((name, value))
    }

    /// The nearest object under stack position `limit` that has `name`.
    private func lookup(_ name: String, below limit: Int) -> (value: TemplateValue, frame: Int)? {
        var index = limit - 1
        while index >= 0 {
            if case .object(let object) = stack[index], let value = object.fields[name] { return (value, index) }
            index -= 1
        }
        return nil
    }

    /// HTML escaping of `& < > " '`, byte by byte (all five are ASCII, so UTF-8 is safe).
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
