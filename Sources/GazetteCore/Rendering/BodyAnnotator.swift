/// Adds links and anchors to the text of a rendered article body.
///
/// Works on the body's HTML (cmark's output or the plain-text renderer's), touching text
/// only: never inside a tag, never inside an existing link, and only at word boundaries,
/// so "Iran" is not found inside "Iranian". Used to link the first mention of each actor
/// to its page and to anchor key figures in Markdown bodies.
struct BodyAnnotator {
    /// One piece of the body: markup, or text (with whether it is inside a link).
    private enum Segment {
        case markup(String)
        case text(String, linked: Bool)
    }

    private var segments: [Segment]

    init(html: String) {
        segments = Self.split(html)
    }

    /// The annotated HTML.
    var html: String {
        segments.map { segment -> String in
            switch segment {
            case .markup(let markup): return markup
            case .text(let text, _): return text
            }
        }.joined()
    }

    /// Wraps the earliest whole-word occurrence of any of `phrases` (plain text, escaped
    /// here) in `open` and `close` markup. Returns false when none occurs.
    /// `isLink` marks the wrapped text as linked, so later calls skip it.
    @discardableResult
    mutating func wrapFirst(of phrases: [String], open: String, close: String, isLink: Bool) -> Bool {
        let needles = phrases.map(HTMLEscape.escape).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        guard let (segmentIndex, range) = firstMatch(of: needles), case .text(let text, let linked) = segments[segmentIndex] else {
            return false
        }
        segments.replaceSubrange(segmentIndex...segmentIndex, with: [
            .text(String(text[..<range.lowerBound]), linked: linked),
            .markup(open),
            .text(String(text[range]), linked: linked || isLink),
            .markup(close),
            .text(String(text[range.upperBound...]), linked: linked),
        ])
        return true
    }

    /// Links the first mention of an actor (any of its names) to `href`.
    @discardableResult
    mutating func linkFirstMention(of names: [String], href: String) -> Bool {
        wrapFirst(of: names, open: "<a class=\"actor-link\" href=\"\(HTMLEscape.escape(href))\">", close: "</a>", isLink: true)
    }

    /// The earliest whole-word occurrence of any needle in unlinked text.
    private func firstMatch(of needles: [String]) -> (Int, Range<String.Index>)? {
        for (index, segment) in segments.enumerated() {
            guard case .text(let text, let linked) = segment, !linked else { continue }
            var best: Range<String.Index>?
            for needle in needles {
                var searchStart = text.startIndex
                while let found = text.range(of: needle, range: searchStart..<text.endIndex) {
                    if Self.isBoundary(text, before: found.lowerBound), Self.isBoundary(text, after: found.upperBound) {
                        if best.map({ found.lowerBound < $0.lowerBound }) ?? true { best = found }
                        break
                    }
                    searchStart = text.index(after: found.lowerBound)
                }
            }
            if let best { return (index, best) }
        }
        return nil
    }

    private static func isBoundary(_ text: String, before index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        let previous = text[text.index(before: index)]
        return !(previous.isLetter || previous.isNumber)
    }

    private static func isBoundary(_ text: String, after index: String.Index) -> Bool {
        guard index < text.endIndex else { return true }
        let next = text[index]
        return !(next.isLetter || next.isNumber)
    }

    /// Splits HTML into tags and text runs, tracking whether text sits inside `<a>`.
    private static func split(_ html: String) -> [Segment] {
        var segments: [Segment] = []
        var insideLink = false
        var rest = Substring(html)
        while !rest.isEmpty {
            if rest.first == "<", let close = rest.firstIndex(of: ">") {
                let tag = rest[...close]
                let lower = tag.lowercased()
                if lower.hasPrefix("<a ") || lower == "<a>" { insideLink = true }
                if lower.hasPrefix("</a") { insideLink = false }
                segments.append(.markup(String(tag)))
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.dropFirst().firstIndex(of: "<") ?? rest.endIndex
                segments.append(.text(String(rest[..<end]), linked: insideLink))
                rest = rest[end...]
            }
        }
        return segments
    }
}
