/// Byte-level character classes for scanning UTF-8 text without decoding it.
///
/// Only ASCII letters are classified by case; a multi-byte lead byte counts as a letter of
/// unknown case, which the callers treat as a capital (names like "Óscar" open sentences).
enum UTF8Class {
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    /// `b` lower-cased if it is an ASCII capital, as it is otherwise.
    @inline(__always) static func lowered(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    /// A lead byte of a multi-byte scalar.
    @inline(__always) static func isMultiByteLead(_ b: UInt8) -> Bool { b >= 0xC2 }

    /// Length in bytes of the whitespace at `i` (space, tab, line breaks, no-break space), or 0.
    @inline(__always) static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Whether the three bytes at `i` are U+20xx with the given last byte (curly quotes, ellipsis).
    @inline(__always) static func isGeneralPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ last: UInt8) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == last
    }

    static let leftDoubleQuote: UInt8 = 0x9C   // U+201C
    static let rightDoubleQuote: UInt8 = 0x9D  // U+201D
    static let leftSingleQuote: UInt8 = 0x98   // U+2018
    static let rightSingleQuote: UInt8 = 0x99  // U+2019
    static let ellipsis: UInt8 = 0xA6          // U+2026
}
