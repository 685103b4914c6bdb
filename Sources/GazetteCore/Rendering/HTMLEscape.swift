/// Escapes text for HTML and XML element content and attribute values.
///
/// Untrusted article text goes through here (or Mustache's own escaping) before it
/// reaches a page or a feed, so it never becomes live markup. Control characters that
/// XML 1.0 forbids (and HTML treats as errors) are dropped.
public enum HTMLEscape {
    /// Works on UTF-8 bytes: every byte it changes is ASCII, so multi-byte characters pass
    /// through untouched, and text with nothing to escape is returned as it is.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: needsWork) else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): result += Array("&amp;".utf8)
                case UInt8(ascii: "<"): result += Array("&lt;".utf8)
                case UInt8(ascii: ">"): result += Array("&gt;".utf8)
                case UInt8(ascii: "\""): result += Array("&quot;".utf8)
                case UInt8(ascii: "'"): result += Array("&#39;".utf8)
                case 0...8, 0x0B, 0x0C, 0x0E...0x1F: continue
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case 0...8, 0x0B, 0x0C, 0x0E...0x1F: return true
        default: return false
        }
    }
}
