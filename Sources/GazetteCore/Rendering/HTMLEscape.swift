/// Escapes text for HTML and XML element content and attribute values.
///
/// Untrusted article text goes through here (or Mustache's own escaping) before it
/// reaches a page or a feed, so it never becomes live markup. Control characters that
/// XML 1.0 forbids (and HTML treats as errors) are dropped.
public enum HTMLEscape {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": continue
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
