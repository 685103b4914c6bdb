import Foundation

#if FUZZING
/// libFuzzer's entry point (`make fuzz` builds with `-sanitize=fuzzer,address -D FUZZING`): the
/// target is named by `GAZETTE_FUZZ_TARGET`, as one binary serves every target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.selected.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's driver, which parses the command line and runs the loop.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's `main` to `<module>_main`, so the driver is started from there.
@_cdecl("gazette_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without the fuzzer, `gazette-fuzz replay FOLDER` runs every file of `FOLDER/<target>/` through
/// its target: the seed corpus and each input that once failed, as a regression test.
@main
struct Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 2, arguments.first == "replay", let folder = arguments.last else {
            FileHandle.standardError.write(Data("usage: gazette-fuzz replay FOLDER (one subfolder per target)\n".utf8))
            exit(2)
        }
        var count = 0
        for target in FuzzTarget.allCases {
            let directory = URL(fileURLWithPath: folder).appendingPathComponent(target.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() {
                let path = directory.appendingPathComponent(name).path
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                print("\(target.rawValue): \(name)")
                target.run([UInt8](data))
                count += 1
            }
        }
        try? FileManager.default.removeItem(at: ServedSite.base)
        print("replayed \(count) inputs")
    }
}
#endif

extension FuzzTarget {
    /// The target `GAZETTE_FUZZ_TARGET` names; stops with the list of targets when it names none.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["GAZETTE_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("set GAZETTE_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return target
    }()
}
