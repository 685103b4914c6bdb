/// Reads the extraction data files (`Data/`, compiled in as `EmbeddedData`): one entry a line,
/// `#` for comments. The one reader every lexicon uses.
enum DataFile {
    /// The non-blank lines of a data file's text that are no `#` comment, trimmed of spaces.
    static func lines(_ text: String) -> [String] {
        // On bytes: the lists hold tens of thousands of lines, read at every start of the tool.
        var text = text
        return text.withUTF8 { bytes in
            var result: [String] = []
            var start = 0
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var first = start, last = end
                while first < last, isSpace(bytes[first]) { first += 1 }
                while last > first, isSpace(bytes[last - 1]) { last -= 1 }
                if first < last, bytes[first] != UInt8(ascii: "#") {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
                }
                start = end + 1
            }
            return result
        }
    }


    /// The lines of the data file `name`, or nil when there is no such file.
    static func lines(named name: String) -> [String]? {
        EmbeddedData.files[name].map(lines)
    }
}
