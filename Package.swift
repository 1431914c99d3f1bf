// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ResolutionGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ResolutionGraph", targets: ["ResolutionGraph"]),
        .executable(name: "resgraph", targets: ["resgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The vocabulary and ontology live at the top level (Ontology/), as data; this target
        // only bundles them, with the sample resolution, so the binary runs from any folder.
        .target(
            name: "ResolutionGraphResources",
            path: ".",
            exclude: ["Sources/ResolutionGraph", "Sources/resgraph", "Sources/resgraph-bench", "Sources/CLibXML2", "Tests", "Output", "README.md", "BENCHMARKS.md"],
            sources: ["Sources/ResolutionGraphResources/BundledResources.swift"],
            resources: [
                .copy("Ontology"),
                .copy("Sources/ResolutionGraphResources/Samples"),
            ]
        ),
        .target(
            name: "ResolutionGraph",
            dependencies: ["CLibXML2", "ResolutionGraphResources"]
        ),
        .executableTarget(
            name: "resgraph",
            dependencies: [
                "ResolutionGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Per-stage throughput and peak memory over a corpus (issue: performance); asserts nothing.
        .executableTarget(
            name: "resgraph-bench",
            dependencies: ["ResolutionGraph"]
        ),
        .testTarget(
            name: "ResolutionGraphTests",
            dependencies: ["ResolutionGraph"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
