/// Links the first mention of each actor in an article body to the actor's page.
///
/// Works on the body's HTML (cmark's output or the plain-text renderer's), touching text
/// only: never inside a tag, never inside an existing link, and only at word boundaries,
/// so "Iran" does not link inside "Iranian".
enum ActorLinker {
    struct Target {
        /// The forms the article uses for the actor, as plain text.
        var aliases: [String]
        /// The link, relative to the page.
        var href: String
    }

    /// One piece of the body: markup, or text (with whether it is inside a link).
    private enum Segment {
        case markup(String)
        case text(String, linked: Bool)
    }

    static func link(_ html: String, targets: [Target]) -> String {
        guard !targets.isEmpty else { return html }
        var segments = split(html)
        for target in targets {
            let needles = target.aliases.map(HTMLEscape.escape).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
            guard let (segmentIndex, range) = firstMatch(of: needles, in: segments) else { continue }
            guard case .text(let text, _) = segments[segmentIndex] else { continue }
            let replacement: [Segment] = [
                .text(String(text[..<range.lowerBound]), linked: false),
                .markup("<a class=\"actor-link\" href=\"\(HTMLEscape.escape(target.href))\">"),
                .text(String(text[range]), linked: true),
                .markup("</a>"),
                .text(String(text[range.upperBound...]), linked: false),
            ]
            segments.replaceSubrange(segmentIndex...segmentIndex, with: replacement)
        }
        return segments.map { segment -> String in
            switch segment {
            case .markup(let markup): return markup
            case .text(let text, _): return text
            }
        }.joined()
    }

    /// The earliest whole-word occurrence of any needle in unlinked text.
    private static func firstMatch(of needles: [String], in segments: [Segment]) -> (Int, Range<String.Index>)? {
        for (index, segment) in segments.enumerated() {
            guard case .text(let text, let linked) = segment, !linked else { continue }
            var best: Range<String.Index>?
            for needle in needles {
                var searchStart = text.startIndex
                while let found = text.range(of: needle, range: searchStart..<text.endIndex) {
                    if isWordBoundary(text, before: found.lowerBound), isWordBoundary(text, after: found.upperBound) {
                        if best == nil || found.lowerBound < best!.lowerBound { best = found }
                        break
                    }
                    searchStart = text.index(after: found.lowerBound)
                }
            }
            if let best { return (index, best) }
        }
        return nil
    }

    private static func isWordBoundary(_ text: String, before index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        let previous = text[text.index(before: index)]
        return !(previous.isLetter || previous.isNumber)
    }

    private static func isWordBoundary(_ text: String, after index: String.Index) -> Bool {
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
