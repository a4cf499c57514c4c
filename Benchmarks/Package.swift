// swift-tools-version: 6.1
import PackageDescription

// The benchmark harness: a package of its own, so `swift test` at the root never builds it.
// Run it with Benchmarks/run (see Benchmarks/README.md).
let package = Package(
    name: "summitgraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "summitgraph", path: "..")],
    targets: [
        .executableTarget(
            name: "summitgraph-bench",
            dependencies: [
                .product(name: "SummitGraph", package: "summitgraph"),
                .product(name: "SummitImport", package: "summitgraph"),
                .product(name: "SummitExport", package: "summitgraph"),
                .product(name: "SummitAlgorithms", package: "summitgraph"),
                .product(name: "SummitSnapshot", package: "summitgraph"),
                .product(name: "SummitQuery", package: "summitgraph"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
        // Ingest throughput on generated articles: `ingest-bench [COUNT]`.
        .executableTarget(
            name: "ingest-bench",
            dependencies: [
                .product(name: "SummitGraph", package: "summitgraph"),
                .product(name: "SummitIngest", package: "summitgraph"),
            ]
        ),
    ]
)
