import Foundation

/// What `gazette build` and `gazette serve` ask for.
public struct BuildOptions: Sendable {
    public var root: URL
    public var output: URL
    public var buildDate: ArticleDate?
    public var includeDrafts = false
    /// Build twice and fail if the results differ.
    public var verify = false

    public init(root: URL, output: URL? = nil, buildDate: ArticleDate? = nil, includeDrafts: Bool = false, verify: Bool = false) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("Public")
        self.buildDate = buildDate
        self.includeDrafts = includeDrafts
        self.verify = verify
    }
}

/// Read, build, (verify,) publish: the whole of a build, shared by `build` and `serve`.
public enum SitePipeline {
    /// Runs a build; `progress` hears each stage's name. On failure the output is as it was.
    public static func run(_ options: BuildOptions, progress: (String) -> Void = { _ in }) -> Result<BuildResult, BuildFailure> {
        let folders = CacheFolders(output: options.output.standardizedFileURL)
        let lock: BuildLock
        do {
            lock = try BuildLock(folders.lock) { progress("Waiting for another build of \(options.output.path) to finish") }
        } catch {
            return .failure(BuildFailure([.error(folders.cache.path, "cannot lock the build cache: \(ErrorDescription.of(error))",
                                                 note: "check that the folder holding the output is writable")]))
        }
        defer { lock.release() }

        var timer = StageTimer()
        progress("Reading \(options.root.path)")
        var input: SiteInput
        switch SiteReader.read(root: options.root, buildDate: options.buildDate, includeDrafts: options.includeDrafts) {
        case .success(let value): input = value
        case .failure(let failure): return .failure(failure)
        }
        timer.lap("read")
        progress("Building \(input.articles.count) articles")
        if options.verify { return verifiedBuild(input, options, progress: progress) }
        let configText = input.configText
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: options.output)
        } catch {
            return .failure(BuildFailure([.error(options.output.path, "cannot prepare the output: \(ErrorDescription.of(error))")]))
        }
        let cache = AnalysisCache(folder: folders.analysis, configText: configText)
        timer.lap("load the cache")
        let readTimings = timer.laps
        var result: BuildResult
        // Handed over, not kept: the builder frees the files' bytes once they are parsed.
        let built = SiteBuilder.build(consume input, into: writer, cache: cache)
        switch built {
        case .success(let value): result = value
        case .failure(let failure):
            writer.discard()
            return .failure(failure)
        }
        progress("Publishing \(result.fileCount) files")
        timer = StageTimer()
        do {
            result.published = try writer.finish()
        } catch {
            return .failure(BuildFailure([.error(options.output.path, "cannot publish the site: \(ErrorDescription.of(error))")]))
        }
        timer.lap("publish")
        // A cache that cannot be written costs the next build time, not correctness.
        try? cache.save(to: folders.analysis)
        timer.lap("save the cache")
        result.timings = readTimings + result.timings + timer.laps
        return .success(result)
    }

    /// Builds twice in memory, fails if the results differ, then publishes the first.
    private static func verifiedBuild(_ input: SiteInput, _ options: BuildOptions, progress: (String) -> Void) -> Result<BuildResult, BuildFailure> {
        var result: BuildResult
        switch SiteBuilder.build(input) {
        case .success(let value): result = value
        case .failure(let failure): return .failure(failure)
        }
        progress("Building again to verify")
        let second = (try? SiteBuilder.build(input).get())?.files ?? []
        let differing = BuildVerifier.differences(result.files, second)
        if !differing.isEmpty {
            return .failure(BuildFailure([.error(options.output.path, "two builds of the same input differ in \(differing.count) files: \(differing.prefix(5).joined(separator: ", "))")]))
        }
        progress("Publishing \(result.files.count) files")
        do {
            result.published = try SitePublisher.publish(result.files, to: options.output)
        } catch {
            return .failure(BuildFailure([.error(options.output.path, "cannot publish the site: \(ErrorDescription.of(error))")]))
        }
        return .success(result)
    }
}

/// One build at a time per output folder: an exclusive `flock` on `.Public.cache/lock`,
/// which the system releases when the process ends, however it ends.
final class BuildLock {
    private var descriptor: Int32

    /// Takes the lock, calling `waiting` first when another build holds it.
    init(_ url: URL, waiting: () -> Void) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SitePublisher.PublishError.io(String(cString: strerror(errno))) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            guard flock(descriptor, LOCK_EX) == 0 else { throw SitePublisher.PublishError.io(String(cString: strerror(errno))) }
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }
}
