/// Turns file bytes into text without ever losing an article.
///
/// Valid UTF-8 is decoded as is (a leading byte-order mark is dropped). Anything else is
/// read as Windows-1252, the usual encoding of old web pages and a superset of Latin-1's
/// printable characters, and the caller gets a warning.
public enum TextDecoding {
    /// The decoded text, and whether the fallback was used.
    public static func decode(_ bytes: [UInt8]) -> (text: String, usedFallback: Bool) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            return (normalizeNewlines(text), false)
        }
        var scalars = String.UnicodeScalarView()
        for byte in body { scalars.append(windows1252(byte)) }
        return (normalizeNewlines(String(scalars)), true)
    }

    /// CRLF and CR become LF, so positions and output do not depend on the author's platform.
    static func normalizeNewlines(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80..<0xA0).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

import Foundation
