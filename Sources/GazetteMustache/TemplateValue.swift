import Foundation

/// A value a template can show: the typed replacement for `[String: Any]` contexts.
///
/// Typed values are what make rendering cheap: a name is looked up in a dictionary of
/// `TemplateValue`s, with no dynamic casts or protocol-conformance checks per variable.
public enum TemplateValue: Sendable {
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Mustache truthiness: `false` and the empty list are falsey; every other value,
    /// the empty string and 0 included, is truthy (a missing name is falsey too).
    var isTruthy: Bool {
        switch self {
        case .bool(let value): return value
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }
}

/// A template object: named values. A class, so a card built once is shared by every
/// list page that shows it, and so `memoizesPartials` objects can keep the output of the
/// partials rendered on them (see `MustacheRenderer`).
public final class TemplateObject: @unchecked Sendable {
    public let fields: [String: TemplateValue]
    /// Set for objects that many pages render through the same partial (article cards):
    /// the partial's output is then kept and reused while what it read outside the
    /// object is the same.
    let memo: PartialMemo?

    public init(_ fields: [String: TemplateValue], memoizesPartials: Bool = false) {
        self.fields = fields
        memo = memoizesPartials ? PartialMemo() : nil
    }

    public subscript(key: String) -> TemplateValue? { fields[key] }
}

/// Partial outputs kept on one `TemplateObject`; shared by the parallel page renderers,
/// hence the lock.
final class PartialMemo: @unchecked Sendable {
    struct Entry {
        /// Partial name and the indentation it was rendered with.
        var partial: String
        var indentation: [UInt8]
        /// The names the partial looked up below the object, with what they resolved to.
        var dependencies: [(name: String, value: TemplateValue?)]
        var output: [UInt8]
    }

    private let lock = NSLock()
    private var entries: [Entry] = []
    private var keptFingerprint: Fingerprint?

    /// The object's fingerprint, once computed.
    var fingerprint: Fingerprint? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return keptFingerprint
        }
        set {
            lock.lock()
            keptFingerprint = newValue
            lock.unlock()
        }
    }

    func withEntries<T>(_ body: ([Entry]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(entries)
    }

    /// Outputs kept per object. A card is listed at several page depths (each with its own
    /// `root`); keeping the latest two covers the depth most list pages share while memory
    /// stays bounded at a hundred thousand cards.
    static let capacity = 2

    func add(_ entry: Entry) {
        lock.lock()
        if entries.count == Self.capacity { entries.removeFirst() }
        entries.append(entry)
        lock.unlock()
    }
}

extension TemplateValue: Equatable {
    /// Objects are equal when they are the same object: that is what a memoized partial
    /// needs to know, and it costs one pointer comparison.
    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.object(a), .object(b)): return a === b
        default: return false
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}

extension TemplateValue {
    /// A list of strings.
    public static func strings(_ items: [String]) -> TemplateValue { .list(items.map { .string($0) }) }

    /// The object's fields, or nil for other values.
    public var objectFields: [String: TemplateValue]? {
        if case .object(let object) = self { return object.fields }
        return nil
    }

}
