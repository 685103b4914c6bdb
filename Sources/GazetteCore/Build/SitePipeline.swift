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
    /// Runs a build; `progress` hears each stage's name. On failure nothing was written.
    public static func run(_ options: BuildOptions, progress: (String) -> Void = { _ in }) -> Result<BuildResult, BuildFailure> {
        progress("Reading \(options.root.path)")
        let input: SiteInput
        switch SiteReader.read(root: options.root, buildDate: options.buildDate, includeDrafts: options.includeDrafts) {
        case .success(let value): input = value
        case .failure(let failure): return .failure(failure)
        }
        progress("Building \(input.articles.count) articles")
        let result: BuildResult
        switch SiteBuilder.build(input) {
        case .success(let value): result = value
        case .failure(let failure): return .failure(failure)
        }
        if options.verify {
            progress("Building again to verify")
            let second = (try? SiteBuilder.build(input).get())?.files ?? []
            let differing = BuildVerifier.differences(result.files, second)
            if !differing.isEmpty {
                return .failure(BuildFailure([.error(options.output.path, "two builds of the same input differ in \(differing.count) files: \(differing.prefix(5).joined(separator: ", "))")]))
            }
        }
        progress("Writing \(result.files.count) files")
        do {
            try SitePublisher.publish(result.files, to: options.output)
        } catch {
            return .failure(BuildFailure([.error(options.output.path, "cannot publish the site: \(error)")]))
        }
        return .success(result)
    }
}
