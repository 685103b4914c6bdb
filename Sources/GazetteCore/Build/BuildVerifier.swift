/// Compares two builds of the same input, for `gazette build --verify`.
public enum BuildVerifier {
    /// Paths present in only one build or with different bytes, sorted.
    public static func differences(_ first: [OutputFile], _ second: [OutputFile]) -> [String] {
        let a = Dictionary(first.map { ($0.path, $0.bytes) }, uniquingKeysWith: { x, _ in x })
        let b = Dictionary(second.map { ($0.path, $0.bytes) }, uniquingKeysWith: { x, _ in x })
        return Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }
}
