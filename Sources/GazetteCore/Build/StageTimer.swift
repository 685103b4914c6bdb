import Foundation

/// Wall-clock seconds per build stage, for `--timings`. Reads the clock only to report
/// it: nothing a build writes depends on it.
struct StageTimer {
    private(set) var laps: [(stage: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Ends the current stage under `name` and starts the next.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e9))
        last = now
    }
}
