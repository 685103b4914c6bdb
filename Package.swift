// swift-tools-version:6.0
import PackageDescription

/// Gazette: a static site generator that turns a folder of news articles into a digest website.
///
/// Modules, from the bottom up:
/// - `CCmark`: the system libcmark (Debian `libcmark-dev`), found through pkg-config.
/// - `CommonMark`: the only Swift code that calls cmark.
/// - `GazetteMustache`: the Mustache engine: templates parsed once, rendered over typed values.
/// - `GazetteExtraction`: pure text analysis (sentences, figures, actors, summaries), no dependencies.
/// - `GazetteCore`: the build pipeline (content, entities, rendering, publishing).
/// - `gazette`: the command-line tool.
/// - `gazette-bench`: extraction speed per stage against cmark (`make bench`).
/// - `gazette-fuzz`: the parsers as libFuzzer targets (`make fuzz`), and their regression replay.
let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gazette", targets: ["gazette"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(name: "GazetteMustache"),
        .target(
            name: "GazetteExtraction",
            // Data/ is compiled in (EmbeddedData.swift, by Scripts/embed-data.py): an installed binary
            // needs no resource folder beside it.
            exclude: ["Data"]
        ),
        .target(
            name: "GazetteCore",
            dependencies: [
                "CommonMark",
                "GazetteExtraction",
                "GazetteMustache",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "gazette-fuzz", dependencies: ["GazetteCore", "GazetteExtraction"], path: "Sources/GazetteFuzz"),
        .executableTarget(name: "gazette-bench", dependencies: ["GazetteExtraction", "CommonMark"], path: "Sources/GazetteBench"),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "GazetteMustacheTests", dependencies: ["GazetteMustache"], resources: [.copy("Spec")]),
        .testTarget(name: "GazetteExtractionTests", dependencies: ["GazetteExtraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GazetteCoreTests", dependencies: ["GazetteCore"]),
        .testTarget(name: "GazetteCLITests", dependencies: ["GazetteCore"]),
    ]
)
