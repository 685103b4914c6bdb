/// Recognizes the page furniture that comes with text scraped from the web: JavaScript and
/// cookie notices, newsletter prompts, share buttons, "Read more" links, advertisement labels.
///
/// Only whole, short lines are removed, so an article sentence that merely mentions
/// cookies or newsletters stays.
public enum JunkFilter {
    /// Phrases that mark a short line as junk, lower-case.
    static let phrases: [String] = [
        "enable javascript", "javascript is disabled", "javascript is required", "turn on javascript",
        "subscribe to our newsletter", "sign up for our newsletter", "sign up to our newsletter",
        "subscribe now", "stay informed", "newsletter sign-up", "get our newsletter",
        "we use cookies", "accept cookies", "accept all cookies", "cookie policy", "cookie settings", "manage cookies",
        "this site uses cookies", "all rights reserved",
        "share this article", "share this story", "share on facebook", "share on twitter", "share on whatsapp",
        "share via email", "follow us on", "click here", "skip to content", "skip to main content",
        "read more:", "related articles", "related stories", "recommended for you",
        "sponsored content", "continue reading", "log in to continue",
        "your browser does not support", "update your browser", "download our app", "listen to this article",
        "copyright ©", "© copyright",
    ]

    /// Whole lines that are junk by themselves (compared lower-case, without final punctuation).
    static let exactLines: Set<String> = [
        "advertisement", "ad", "share", "share this", "read more", "more", "comments", "print", "email",
        "facebook", "twitter", "whatsapp", "linkedin", "loading", "loading...", "close", "menu", "search",
        "top stories", "related", "subscribe", "sign in", "log in", "watch", "listen",
    ]

    private static let phraseBytes = phrases.map { Array($0.utf8) }
    private static let exactLineBytes = Set(exactLines.map { Array($0.utf8) })

    /// Byte-wise substring search: the lines are short, and this avoids Foundation's
    /// locale-aware search, which dominated the cost of reading plain text.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Lines with more words than this are article text, whatever they mention.
    static let maximumWords = 16

    /// True when `line` is page junk rather than article text.
    public static func isJunk(_ line: String) -> Bool {
        // Most lines are long paragraphs: count words on the bytes before any lower-casing.
        var words = 0, inWord = false
        for byte in line.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
            if words > maximumWords { return false }
        }
        let lower = Array(line.lowercased().trimmingSpaces().utf8)
        if lower.isEmpty { return false }
        var bare = lower[...]  // without final punctuation: ".", ":", "!" or "…"
        while true {
            if let last = bare.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") {
                bare = bare.dropLast()
            } else if bare.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]) {
                bare = bare.dropLast(3)
            } else {
                break
            }
        }
        if exactLineBytes.contains(Array(bare)) { return true }
        return phraseBytes.contains { contains(lower, $0) }
    }
}
