/// Adds links and anchors to the text of a rendered article body.
///
/// Works on the body's HTML (cmark's output or the plain-text renderer's), touching text
/// only: never inside a tag, never inside an existing link, and only at word boundaries,
/// so "Iran" is not found inside "Iranian". Used to link the first mention of each actor
/// to its page and to anchor key figures in Markdown bodies.
///
/// Text is searched as UTF-8 bytes: a literal byte search, with no locale-aware string
/// comparison, which was most of the cost of an article page.
struct BodyAnnotator {
    /// One piece of the body: markup, or text (with whether it is inside a link).
    private enum Segment {
        case markup([UInt8])
        case text([UInt8], linked: Bool)
    }

    private var segments: [Segment]

    init(html: String) {
        segments = Self.split(Array(html.utf8))
    }

    /// The annotated HTML.
    var html: String {
        var bytes: [UInt8] = []
        for segment in segments {
            switch segment {
            case .markup(let markup): bytes += markup
            case .text(let text, _): bytes += text
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Wraps the earliest whole-word occurrence of any of `phrases` (plain text, escaped
    /// here) in `open` and `close` markup. Returns false when none occurs.
    /// `isLink` marks the wrapped text as linked, so later calls skip it.
    @discardableResult
    mutating func wrapFirst(of phrases: [String], open: String, close: String, isLink: Bool) -> Bool {
        let needles = phrases.map { Array(HTMLEscape.escape($0).utf8) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        guard let (segmentIndex, range) = firstMatch(of: needles), case .text(let text, let linked) = segments[segmentIndex] else {
            return false
        }
        segments.replaceSubrange(segmentIndex...segmentIndex, with: [
            .text(Array(text[..<range.lowerBound]), linked: linked),
            .markup(Array(open.utf8)),
            .text(Array(text[range]), linked: linked || isLink),
            .markup(Array(close.utf8)),
            .text(Array(text[range.upperBound...]), linked: linked),
        ])
        return true
    }

    /// Links the first mention of an actor (any of its names) to `href`.
    @discardableResult
    mutating func linkFirstMention(of names: [String], href: String) -> Bool {
        wrapFirst(of: names, open: "<a class=\"actor-link\" href=\"\(HTMLEscape.escape(href))\">", close: "</a>", isLink: true)
    }

    /// The earliest whole-word occurrence of any needle in unlinked text; on a tie, the
    /// needle that comes first (the longest).
    private func firstMatch(of needles: [[UInt8]]) -> (Int, Range<Int>)? {
        for (index, segment) in segments.enumerated() {
            guard case .text(let text, let linked) = segment, !linked else { continue }
            var best: Range<Int>?
            for needle in needles {
                let limit = best?.lowerBound ?? text.count
                if let found = Self.firstWholeWord(needle, in: text, before: limit), found.lowerBound < limit || best == nil {
                    best = found
                }
            }
            if let best { return (index, best) }
        }
        return nil
    }

    /// The first occurrence of `needle` in `text` that starts before `limit` and stands
    /// as whole words.
    private static func firstWholeWord(_ needle: [UInt8], in text: [UInt8], before limit: Int) -> Range<Int>? {
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var start = 0
        let last = min(limit, text.count - needle.count + 1)
        while start < last {
            if text[start] == first, text[start..<start + needle.count].elementsEqual(needle),
               isBoundary(text, before: start), isBoundary(text, after: start + needle.count) {
                return start..<start + needle.count
            }
            start += 1
        }
        return nil
    }

    /// True when the character before byte `index` is not a letter or digit.
    private static func isBoundary(_ text: [UInt8], before index: Int) -> Bool {
        guard index > 0 else { return true }
        var start = index - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return !isWordCharacter(text, at: start)
    }

    /// True when the character at byte `index` is not a letter or digit.
    private static func isBoundary(_ text: [UInt8], after index: Int) -> Bool {
        guard index < text.count else { return true }
        return !isWordCharacter(text, at: index)
    }

    private static func isWordCharacter(_ text: [UInt8], at index: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 {
            return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        var end = index + 1
        while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: text[index..<end], as: UTF8.self).unicodeScalars.first else { return false }
        let character = Character(scalar)
        return character.isLetter || character.isNumber
    }

    /// Splits HTML into tags and text runs, tracking whether text sits inside `<a>`.
    private static func split(_ html: [UInt8]) -> [Segment] {
        var segments: [Segment] = []
        var insideLink = false
        var position = 0
        while position < html.count {
            if html[position] == UInt8(ascii: "<"), let close = html[position...].firstIndex(of: UInt8(ascii: ">")) {
                let tag = Array(html[position...close])
                let lower = tag.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                if lower.starts(with: Array("<a ".utf8)) || lower == Array("<a>".utf8) { insideLink = true }
                if lower.starts(with: Array("</a".utf8)) { insideLink = false }
                segments.append(.markup(tag))
                position = close + 1
            } else {
                let end = html[(position + 1)...].firstIndex(of: UInt8(ascii: "<")) ?? html.count
                segments.append(.text(Array(html[position..<end]), linked: insideLink))
                position = end
            }
        }
        return segments
    }
}
