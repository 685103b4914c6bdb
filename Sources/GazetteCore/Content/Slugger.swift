/// Makes URL slugs: lower-case ASCII letters, digits and single hyphens.
public enum Slugger {
    /// "Blinken's trip to São Paulo!" becomes "blinkens-trip-to-sao-paulo".
    /// Letters with diacritics lose them; other characters become word breaks; slugs longer
    /// than `maxLength` bytes are cut at a hyphen.
    public static func slugify(_ text: String, maxLength: Int = 80) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMappingScalars() {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(UInt8(value + 32)))
            } else if scalar == "'" || scalar == "\u{2019}" || (0x300...0x36F).contains(value) {
                continue  // apostrophes and combining marks vanish: "Blinken's" → "blinkens", "é" → "e"
            } else {
                pendingHyphen = true
            }
        }
        if slug.utf8.count > maxLength {
            // Cut at a word boundary so a long title does not end mid-word.
            let cut = String(slug.prefix(maxLength))
            slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? cut
        }
        return slug
    }

    /// Gives every item a unique slug. Items are visited in the given order (callers pass
    /// them sorted by path), so the first keeps its slug and later ones get `-2`, `-3`, ...
    /// Returns the slugs and the indices of the items that had to be renamed.
    public static func uniqued(_ wanted: [String]) -> (slugs: [String], renamed: [Int]) {
        var taken = Set(wanted)
        var seen = Set<String>()
        var slugs: [String] = []
        var renamed: [Int] = []
        for (index, slug) in wanted.enumerated() {
            if seen.insert(slug).inserted {
                slugs.append(slug)
                continue
            }
            var counter = 2
            while taken.contains("\(slug)-\(counter)") { counter += 1 }
            let unique = "\(slug)-\(counter)"
            taken.insert(unique)
            seen.insert(unique)
            slugs.append(unique)
            renamed.append(index)
        }
        return (slugs, renamed)
    }
}

extension String {
    /// Unicode scalars after canonical decomposition, so "é" is "e" plus a combining accent.
    func decomposedStringWithCanonicalMappingScalars() -> String.UnicodeScalarView {
        decomposedStringWithCanonicalMapping.unicodeScalars
    }
}

import Foundation
