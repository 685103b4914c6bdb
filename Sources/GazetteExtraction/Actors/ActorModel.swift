/// The learned decision over a merged group of mentions: no actor, or an actor of one kind.
///
/// A linear model (multinomial logistic regression) trained by `Scripts/train_actors.py` on
/// annotated text (GUM, the development gold, and the rules' own output on the corpus as weaker
/// silver labels). Its weights ship as `Data/actors-model.txt` (compiled in, `EmbeddedData`), one feature a line with a weight per class. A group's
/// score for a class is the sum of its features' weights; the best class wins. Features are
/// looked up by a 64-bit FNV-1a hash of their text, so scoring builds no strings.
struct ActorModel: Sendable {
    /// The classes, in the order of each line's weights.
    enum Decision: Int, CaseIterable, Sendable {
        case none, person, organization, place

        var kind: ActorKind? {
            switch self {
            case .none: return nil
            case .person: return .person
            case .organization: return .organization
            case .place: return .place
            }
        }
    }

    /// An open-addressing table keyed by the features' FNV hashes (already well mixed, so the low
    /// bits index it): a look-up is a few loads, where a `Dictionary` would hash the hash again.
    private var keys: [UInt64] = []
    private var values: [SIMD4<Float>] = []
    private var mask = 0
    private(set) var count = 0

    static let shared = ActorModel(text: EmbeddedData.text("actors-model.txt"))

    /// Whether the model has any weights (a missing data file leaves it empty).
    var isEmpty: Bool { count == 0 }

    /// Reads `feature<TAB>w_none w_person w_organization w_place` lines; `#` starts a comment.
    init(text: String) {
        var entries: [(UInt64, SIMD4<Float>)] = []
        for line in text.utf8.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
            guard let tab = line.firstIndex(of: 0x09) else { continue }
            let numbers = line[line.index(after: tab)...].split(separator: 0x20).compactMap { Float(Substring($0)) }
            guard numbers.count == 4 else { continue }
            entries.append((FeatureHash.of(line[..<tab]), SIMD4(numbers[0], numbers[1], numbers[2], numbers[3])))
        }
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: .zero, count: capacity)
        for (key, weights) in entries {
            let slot = slot(of: key)
            if keys[slot] != key { keys[slot] = key; count += 1 }
            values[slot] += weights
        }
    }

    /// Where `key` is, or the empty slot where it would go. (Hash 0 stands for empty; a feature
    /// hashing to 0 would weigh nothing, at odds of one in 2^64.)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != key && keys[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// The summed weights of `features` (hashes from a `FeatureHasher`).
    func scores(_ features: [UInt64]) -> SIMD4<Float> {
        guard count > 0 else { return .zero }
        var total = SIMD4<Float>.zero
        for feature in features where feature != 0 {
            let slot = slot(of: feature)
            if keys[slot] == feature { total += values[slot] }
        }
        return total
    }

    /// The best class for `features`; ties go to the earlier class.
    func decide(_ features: [UInt64]) -> Decision {
        let total = scores(features)
        var best = 0
        for index in 1..<4 where total[index] > total[best] { best = index }
        return Decision(rawValue: best) ?? .none
    }
}

/// 64-bit FNV-1a: the hash the training script computes over the same feature text.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

/// Where `ActorFeatures` puts each feature: hashes for the model, or text for training.
protocol FeatureSink {
    /// Adds the feature `name=value` (`name` alone when `value` is empty).
    mutating func add(_ name: StaticString, _ value: String)
    /// Adds the feature `name=value<number>` ("mention=person2", "words=3").
    mutating func add(_ name: StaticString, _ value: String, _ number: Int)
    /// Adds the feature `name=value` whose `FeatureHash` is already known.
    mutating func add(_ name: StaticString, _ value: String, hash: UInt64)
}

/// Hashes each feature as `FeatureHash.of("name=value")`, without building the text.
struct FeatureHasher: FeatureSink {
    var hashes: [UInt64] = []

    mutating func add(_ name: StaticString, _ value: String) {
        hashes.append(value.isEmpty ? start(name) : start(name, value))
    }

    mutating func add(_ name: StaticString, _ value: String, _ number: Int) {
        var hash = start(name, value)
        // Decimal digits, most significant first, as the text has them.
        let number = max(0, number)
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        while divisor > 0 {
            hash = (hash ^ UInt64(UInt8(ascii: "0") + UInt8(number / divisor % 10))) &* FeatureHash.prime
            divisor /= 10
        }
        hashes.append(hash)
    }

    mutating func add(_ name: StaticString, _ value: String, hash: UInt64) {
        hashes.append(hash)
    }

    /// The hash of `name`, or of `name=value`, to go on with.
    private func start(_ name: StaticString, _ value: String? = nil) -> UInt64 {
        var hash = FeatureHash.offset
        name.withUTF8Buffer { for byte in $0 { hash = (hash ^ UInt64(byte)) &* FeatureHash.prime } }
        guard let value else { return hash }
        hash = (hash ^ UInt64(UInt8(ascii: "="))) &* FeatureHash.prime
        // The value's bytes in place where the string has them contiguous (it nearly always does).
        let readInPlace = value.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* FeatureHash.prime }
            return true
        } ?? false
        if !readInPlace {
            for byte in value.utf8 { hash = (hash ^ UInt64(byte)) &* FeatureHash.prime }
        }
        return hash
    }

    /// The features, each once, in a fixed order: a feature seen twice counts once.
    mutating func distinct() -> [UInt64] {
        hashes.sort()
        var kept = 0
        for index in hashes.indices where index == 0 || hashes[index] != hashes[kept - 1] {
            hashes[kept] = hashes[index]
            kept += 1
        }
        hashes.removeLast(hashes.count - kept)
        return hashes
    }
}

/// Collects each feature's text, for the training data `gazette extract --actor-candidates` prints.
struct FeatureTexts: FeatureSink {
    var texts: [String] = []

    mutating func add(_ name: StaticString, _ value: String) {
        texts.append(value.isEmpty ? "\(name)" : "\(name)=\(value)")
    }

    mutating func add(_ name: StaticString, _ value: String, _ number: Int) {
        texts.append("\(name)=\(value)\(max(0, number))")
    }

    mutating func add(_ name: StaticString, _ value: String, hash: UInt64) {
        add(name, value)
    }
}
