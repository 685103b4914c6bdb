import Foundation

/// The learned decision over a merged group of mentions: no actor, or an actor of one kind.
///
/// An averaged perceptron trained by `Scripts/train_actors.py` on annotated text (GUM, the
/// development gold, and the rules' own output on the corpus as weaker silver labels). Its
/// weights ship as `Data/actors-model.txt`, one feature a line with a weight per class. A group's
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

    private var weights: [UInt64: SIMD4<Float>] = [:]

    static let shared = ActorModel(text: ActorLexicon.bundledText("actors-model.txt"))

    /// Whether the model has any weights (a missing data file leaves it empty).
    var isEmpty: Bool { weights.isEmpty }

    /// Reads `feature<TAB>w_none w_person w_organization w_place` lines; `#` starts a comment.
    init(text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let numbers = fields[1].split(separator: " ").compactMap { Float($0) }
            guard numbers.count == 4 else { continue }
            weights[FeatureHash.of(fields[0].utf8), default: .zero] += SIMD4(numbers[0], numbers[1], numbers[2], numbers[3])
        }
    }

    /// The summed weights of `features` (hashes from a `FeatureHasher`).
    func scores(_ features: [UInt64]) -> SIMD4<Float> {
        var total = SIMD4<Float>.zero
        for feature in features { if let w = weights[feature] { total += w } }
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
}

/// Hashes each feature as `FeatureHash.of("name=value")`, without building the text.
struct FeatureHasher: FeatureSink {
    var hashes: [UInt64] = []

    mutating func add(_ name: StaticString, _ value: String) {
        var hash = FeatureHash.offset
        name.withUTF8Buffer { for byte in $0 { hash = (hash ^ UInt64(byte)) &* FeatureHash.prime } }
        if !value.isEmpty {
            hash = (hash ^ UInt64(UInt8(ascii: "="))) &* FeatureHash.prime
            for byte in value.utf8 { hash = (hash ^ UInt64(byte)) &* FeatureHash.prime }
        }
        hashes.append(hash)
    }
}

/// Collects each feature's text, for the training data `gazette extract --actor-candidates` prints.
struct FeatureTexts: FeatureSink {
    var texts: [String] = []

    mutating func add(_ name: StaticString, _ value: String) {
        texts.append(value.isEmpty ? "\(name)" : "\(name)=\(value)")
    }
}
