/// A parsed template: what `MustacheParser` makes and `MustacheRenderer` walks.
indirect enum MustacheNode: Sendable {
    /// Literal bytes, newlines included.
    case text([UInt8])
    /// The start of a template line: where a standalone partial's indentation goes.
    case lineStart
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(MustachePath, escaped: Bool)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when inverted.
    case section(MustachePath, inverted: Bool, [MustacheNode])
    /// `{{> name}}`, or `{{>*name}}` when the name is looked up in the context (dynamic).
    case partial(String, dynamic: Bool, indentation: [UInt8])
    /// `{{< name}}{{$block}}...{{/block}}{{/name}}`: the named template with blocks replaced.
    case parent(String, dynamic: Bool, indentation: [UInt8], blocks: [String: MustacheBlock])
    /// `{{$name}}default{{/name}}`: a place a parent call can fill.
    case block(MustacheBlock)
}

/// A block's content and the indentation its lines carry where it stands
/// (the spec's block re-indentation: content is stored without it and re-indented where
/// it is expanded).
struct MustacheBlock: Sendable {
    var name: String
    var indentation: [UInt8]
    var nodes: [MustacheNode]
}

/// A name as written: `.` (the current value), `name` or `a.b.c`.
struct MustachePath: Sendable {
    /// Empty for `.`.
    var parts: [String]

    init(_ text: String) {
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
