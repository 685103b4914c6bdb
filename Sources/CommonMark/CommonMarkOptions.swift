import CCmark

/// Options for cmark, mapped to `CMARK_OPT_*` in this one place.
public struct CommonMarkOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Straight quotes to curly quotes, `--` to en dash, `---` to em dash.
    public static let smartPunctuation = CommonMarkOptions(rawValue: CMARK_OPT_SMART)
    /// Replace invalid UTF-8 with U+FFFD instead of passing it through.
    public static let validateUTF8 = CommonMarkOptions(rawValue: CMARK_OPT_VALIDATE_UTF8)
    /// Let raw HTML and `javascript:` links through. Off by default: news text is untrusted.
    public static let unsafeRawHTML = CommonMarkOptions(rawValue: CMARK_OPT_UNSAFE)
    /// Render soft line breaks as `<br />`.
    public static let hardBreaks = CommonMarkOptions(rawValue: CMARK_OPT_HARDBREAKS)

    /// The defaults Gazette uses: smart punctuation and UTF-8 validation, raw HTML omitted.
    public static let `default`: CommonMarkOptions = [.smartPunctuation, .validateUTF8]
}
