import Dispatch

/// Runs a pure function over many items on every core, keeping the input order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        items.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let input = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                results.set(index, transform(input[index]))
            }
        }
        return results.values()
    }

    /// Runs `body` on every item, on every core.
    public static func forEach<T: Sendable>(_ items: [T], _ body: @Sendable (T) -> Void) {
        items.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let input = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in body(input[index]) }
        }
    }
}

/// Slots written once each from concurrent iterations. The storage is allocated once, so
/// writes to distinct indices never touch shared state (no array copy-on-write, no race).
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) { slots[index] = value }

    func values() -> [R] { (0..<count).compactMap { slots[$0] } }
}
