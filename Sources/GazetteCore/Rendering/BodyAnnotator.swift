/// Adds links and anchors to the text of a rendered article body.
///
/// Works on the body's HTML (cmark's output or the plain-text renderer's), touching text
/// only: never inside a tag, never inside an existing link, and only at word boundaries,
/// so "Iran" is not found inside "Iranian". Used to link the first mention of each actor
/// to its page and to anchor key figures in Markdown bodies.
///
/// All requests are answered in one pass over the text, whatever their number: the phrases
/// go into a byte trie, walked from each word boundary, so an article with thousands of
/// actors costs its length times the length of the longest name, not the two multiplied.
/// Text is compared as UTF-8 bytes, with no locale-aware string comparison.
enum BodyAnnotator {
    /// Wrap the earliest whole-word occurrence of any of `phrases` (plain text, escaped here) in
    /// `open` and `close` markup. A link's text is skipped by later requests; a wrap that is no
    /// link (a figure's anchor) may still hold one.
    struct Request {
        var phrases: [String]
        var open: String
        var close: String
        var isLink: Bool

        /// Links the first mention of an actor (any of its names) to `href`.
        static func link(_ names: [String], href: String) -> Request {
            Request(phrases: names, open: "<a class=\"actor-link\" href=\"\(HTMLEscape.escape(href))\">", close: "</a>", isLink: true)
        }
    }

    /// One piece of the body: markup, or text (with whether it is inside a link).
    private enum Segment {
        case markup([UInt8])
        case text([UInt8], linked: Bool)
    }

    /// A place where a request's phrase occurs: text segment, byte range in it.
    private struct Match {
        var segment: Int
        var range: Range<Int>
    }

    /// The annotated HTML, and for each request whether it found a place. Requests are served in
    /// order: each takes its earliest occurrence (the longest phrase on a tie) that neither lies in
    /// a link made before nor straddles the edge of an earlier wrap.
    static func annotate(_ html: String, _ requests: [Request]) -> (html: String, found: [Bool]) {
        let segments = split(Array(html.utf8))
        let trie = PhraseTrie(requests.map { request in request.phrases.map { Array(HTMLEscape.escape($0).utf8) } })
        // Every occurrence of every request, in text order; at one place only the longest phrase.
        var matches = Array(repeating: [Match](), count: requests.count)
        for (index, segment) in segments.enumerated() {
            guard case .text(let text, let linked) = segment, !linked else { continue }
            for start in text.indices where isBoundary(text, before: start) {
                trie.walk(text, from: start) { request, end in
                    guard isBoundary(text, after: end) else { return }
                    if let last = matches[request].last, last.segment == index, last.range.lowerBound == start {
                        matches[request][matches[request].count - 1].range = start..<end
                    } else {
                        matches[request].append(Match(segment: index, range: start..<end))
                    }
                }
            }
        }
        // Per text byte of a segment with wraps: inside a link made here (bit 0), or where a wrap
        // made here starts or ends (bit 1). A candidate checks only its own bytes.
        let linkedBit: UInt8 = 1, edgeBit: UInt8 = 2
        var marks: [Int: [UInt8]] = [:]
        var wraps: [Int: [(range: Range<Int>, order: Int)]] = [:]
        var found = Array(repeating: false, count: requests.count)
        for (order, request) in requests.enumerated() {
            for match in matches[order] {
                let range = match.range
                if let bytes = marks[match.segment] {
                    if bytes[range].contains(where: { $0 & linkedBit != 0 }) { continue }
                    if bytes[(range.lowerBound + 1)..<range.upperBound].contains(where: { $0 & edgeBit != 0 }) { continue }
                }
                found[order] = true
                wraps[match.segment, default: []].append((range, order))
                guard case .text(let text, _) = segments[match.segment] else { break }
                var bytes = marks[match.segment] ?? Array(repeating: 0, count: text.count + 1)
                bytes[range.lowerBound] |= edgeBit
                bytes[range.upperBound] |= edgeBit
                if request.isLink { for i in range { bytes[i] |= linkedBit } }
                marks[match.segment] = bytes
                break
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + wraps.count * 64)
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .markup(let markup): out += markup
            case .text(let text, _):
                guard let here = wraps[index] else { out += text; continue }
                // Outer wraps open first and close last; of two wraps of one range, the earlier is outer.
                let opens = here.sorted { ($0.range.lowerBound, -$0.range.upperBound, $0.order) < ($1.range.lowerBound, -$1.range.upperBound, $1.order) }
                let closes = here.sorted { ($0.range.upperBound, -$0.range.lowerBound, -$0.order) < ($1.range.upperBound, -$1.range.lowerBound, -$1.order) }
                var nextOpen = 0, nextClose = 0
                for position in 0...text.count {
                    while nextClose < closes.count, closes[nextClose].range.upperBound == position {
                        out += Array(requests[closes[nextClose].order].close.utf8)
                        nextClose += 1
                    }
                    while nextOpen < opens.count, opens[nextOpen].range.lowerBound == position {
                        out += Array(requests[opens[nextOpen].order].open.utf8)
                        nextOpen += 1
                    }
                    if position < text.count { out.append(text[position]) }
                }
            }
        }
        return (String(decoding: out, as: UTF8.self), found)
    }

    /// The phrases of every request, as a trie of bytes.
    private struct PhraseTrie {
        /// Children of each node as (byte, node) pairs: few per node, scanned in order.
        private var children: [[(UInt8, Int)]] = [[]]
        /// The requests whose phrase ends at each node.
        private var ends: [[Int]] = [[]]

        init(_ phrases: [[[UInt8]]]) {
            for (request, needles) in phrases.enumerated() {
                for needle in needles where !needle.isEmpty {
                    var node = 0
                    for byte in needle {
                        if let next = children[node].first(where: { $0.0 == byte })?.1 {
                            node = next
                        } else {
                            children.append([])
                            ends.append([])
                            children[node].append((byte, children.count - 1))
                            node = children.count - 1
                        }
                    }
                    if !ends[node].contains(request) { ends[node].append(request) }
                }
            }
        }

        /// Calls `found(request, end)` for every phrase that occurs at `start`, shortest first.
        func walk(_ text: [UInt8], from start: Int, _ found: (Int, Int) -> Void) {
            var node = 0
            var position = start
            while position < text.count, let next = children[node].first(where: { $0.0 == text[position] })?.1 {
                node = next
                position += 1
                for request in ends[node] { found(request, position) }
            }
        }
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
