import Dispatch

/// Runs a pure function over many items on every core, keeping the input order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = ResultBuffer<R>(count: items.count)
        items.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let input = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                results.set(index, transform(input[index]))
            }
        }
        return results.values()
    }
}

/// Slots written once each from concurrent iterations; distinct indices never race.
private final class ResultBuffer<R>: @unchecked Sendable {
    private var slots: [R?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: R) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }
    func values() -> [R] { slots.compactMap { $0 } }
}
