// swift-tools-version:6.0
// libFuzzer targets for ResolutionGraph (issue 9). A separate package so the main build and
// `swift test` are untouched. Build and run with ./run.sh (see README.md); each target must be built
// with `-sanitize=fuzzer,address -parse-as-library`.
import PackageDescription

let package = Package(
    name: "ResolutionGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ResolutionGraph", path: "../.."),
    ],
    targets: [
        // The libFuzzer driver hand-off the three targets share.
        .target(name: "FuzzDriver"),
        // (a) Ingest + Segment of plain text.
        .executableTarget(name: "FuzzSegment", dependencies: ["FuzzDriver", .product(name: "ResolutionGraph", package: "ResolutionGraph")]),
        // (b) DocumentReader on Akoma Ntoso XML / HTML.
        .executableTarget(name: "FuzzReader", dependencies: ["FuzzDriver", .product(name: "ResolutionGraph", package: "ResolutionGraph")]),
        // (c) The whole pipeline: Ingest, Segment, Extract, Link, GraphBuilder and every serializer.
        .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzDriver", .product(name: "ResolutionGraph", package: "ResolutionGraph")]),
    ],
    swiftLanguageModes: [.v6]
)
