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
        let lower = line.lowercased().trimmingSpaces()
        if lower.isEmpty { return false }
        var bare = Substring(lower)
        while let last = bare.last, ".:!…".contains(last) { bare = bare.dropLast() }
        if exactLines.contains(String(bare)) { return true }
        return phrases.contains { lower.contains($0) }
    }
}
