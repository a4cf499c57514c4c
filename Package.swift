// swift-tools-version: 6.1
import PackageDescription

// Module graph (imports go one way; the compiler enforces it):
//
//   SummitGraph  ← the typed graph model; imports nothing of ours
//   SummitDataset → SummitGraph   (reads and validates the seeds format)
//   SummitQuery   → SummitGraph   (name resolution, selections, neighbours, stats)
//   SummitExport  → SummitGraph   (DOT, GraphML, node-link JSON, GEXF, Cytoscape, CSV writers;
//                                  CZlib, the system's zlib, for gzip parts of the CSV bundle)
//   SummitRender                  (runs Graphviz on DOT text; imports nothing of ours)
//   SummitImport  → SummitGraph   (GraphML, GEXF, node-link JSON, edge-list and CSV bundle readers;
//                                  CZlib for the bundle's gzip parts)
//   SummitAlgorithms → SummitGraph (paths, components, centralities; NetworkX's definitions)
//   SummitSnapshot → SummitGraph  (binary snapshots of big graphs, opened with mmap)
//   SummitIngest  → SummitGraph, SummitDataset (news articles → reviewable, sourced candidate facts; the writer applies them)
//   summitgraph   → all of them   (the CLI: one thin file per subcommand)
/// The ingester's lexicons (Sources/SummitIngest/Lexicon/NAME.tsv).
let lexiconFiles = [
    "abbreviations", "calendar", "events", "geo-nouns", "groups", "honorifics", "languages",
    "initiative-nouns", "name-heads", "offices", "org-nouns", "paraphrases", "relations", "scripts", "state-heads", "status-cues", "stop-phrases",
]

let package = Package(
    name: "summitgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "summitgraph", targets: ["summitgraph"]),
        .library(name: "SummitGraph", targets: ["SummitGraph"]),
        .library(name: "SummitDataset", targets: ["SummitDataset"]),
        .library(name: "SummitQuery", targets: ["SummitQuery"]),
        .library(name: "SummitExport", targets: ["SummitExport"]),
        .library(name: "SummitRender", targets: ["SummitRender"]),
        .library(name: "SummitImport", targets: ["SummitImport"]),
        .library(name: "SummitAlgorithms", targets: ["SummitAlgorithms"]),
        .library(name: "SummitSnapshot", targets: ["SummitSnapshot"]),
        .library(name: "SummitIngest", targets: ["SummitIngest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "SummitGraph"),
        .target(name: "SummitDataset", dependencies: ["SummitGraph"]),
        .target(name: "SummitQuery", dependencies: ["SummitGraph"]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(
            name: "SummitExport", dependencies: ["SummitGraph", "CZlib"],
            // The interactive map's script and stylesheet, compiled into the binary (render --format html).
            resources: [.embedInCode("Map/map.js"), .embedInCode("Map/map.css")]
        ),
        .target(name: "SummitRender"),
        .target(name: "SummitImport", dependencies: ["SummitGraph", "CZlib"]),
        .target(name: "SummitAlgorithms", dependencies: ["SummitGraph"]),
        .target(name: "SummitSnapshot", dependencies: ["SummitGraph"]),
        .target(
            name: "SummitIngest", dependencies: ["SummitGraph", "SummitDataset"],
            // Every lexicon is data, compiled into the binary: an installed static binary needs no files beside it.
            resources: lexiconFiles.map { .embedInCode("Lexicon/\($0).tsv") }
        ),
        .executableTarget(
            name: "summitgraph",
            dependencies: [
                "SummitGraph", "SummitDataset", "SummitQuery", "SummitExport", "SummitRender", "SummitImport", "SummitAlgorithms",
                "SummitSnapshot", "SummitIngest", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The toolchain's lld: the static release link then says nothing of glibc's link-time
            // note on mktemp, which Foundation's static library calls (GNU ld printed it on every build).
            linkerSettings: [.unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux]))]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SummitGraphTests", dependencies: ["SummitGraph", "TestSupport"]),
        .testTarget(
            name: "SummitDatasetTests",
            dependencies: ["SummitDataset", "SummitGraph", "TestSupport"],
            exclude: ["Golden"],  // read from the checkout by path, as every test's fixtures and goldens
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SummitQueryTests", dependencies: ["SummitQuery", "SummitDataset", "SummitGraph", "TestSupport"]),
        .testTarget(name: "SummitExportTests", dependencies: ["SummitExport", "SummitDataset", "SummitGraph", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "SummitImportTests", dependencies: ["SummitImport", "SummitExport", "SummitDataset", "SummitGraph", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "SummitAlgorithmsTests", dependencies: ["SummitAlgorithms", "SummitGraph"], resources: [.copy("Reference")]),
        .testTarget(name: "SummitSnapshotTests", dependencies: ["SummitSnapshot", "SummitImport", "SummitDataset", "SummitGraph", "TestSupport"]),
        .testTarget(name: "SummitIngestTests", dependencies: ["SummitIngest", "SummitDataset", "SummitGraph"], exclude: ["HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7", "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11", "HeldOut12", "HeldOut13", "HeldOut14", "HeldOut15", "HeldOut16", "HeldOut17", "HeldOut18", "HeldOut19", "HeldOut20", "HeldOut21", "HeldOut22", "HeldOut23", "HeldOut24", "HeldOut25", "HeldOut26", "HeldOut27", "HeldOut28", "HeldOut29", "HeldOut30", "HeldOut31", "HeldOut32", "HeldOut33", "HeldOut34", "HeldOut35", "HeldOut36", "HeldOut37", "HeldOut38", "HeldOut39", "HeldOut40", "HeldOut41", "HeldOut42", "HeldOut43", "HeldOut44", "HeldOut45", "HeldOut46", "HeldOut47", "HeldOut48", "HeldOut49", "HeldOut50", "HeldOut51", "HeldOut52", "HeldOut53", "HeldOut54", "HeldOut55", "HeldOut56", "HeldOut57", "HeldOut58", "HeldOut59", "HeldOut60", "HeldOut61", "HeldOut62", "HeldOut63", "HeldOut64", "HeldOut65", "HeldOut66", "HeldOut67", "HeldOut68", "HeldOut69", "HeldOut70", "HeldOut71", "HeldOut72", "HeldOut73", "HeldOut74", "HeldOut75", "HeldOut76", "HeldOut77"]),
        .testTarget(name: "SummitCLITests", dependencies: ["summitgraph"], exclude: ["Fixtures", "Snapshots"]),
    ]
)
