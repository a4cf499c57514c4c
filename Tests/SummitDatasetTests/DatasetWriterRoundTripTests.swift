import Foundation
import SummitDataset
import SummitGraph
import Testing

/// A scratch folder holding a copy of `source`'s files (or none), removed by the caller.
func scratchDataset(copying source: String? = nil) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    if let source {
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
    }
    return folder
}

/// Every file of `folder`, by name.
func snapshot(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("DatasetWriter: load, then write back, byte for byte")
struct DatasetWriterRoundTripTests {
    /// Every committed dataset: the seeds, the valid fixtures (the CLI's fixture among them),
    /// the CLI's quoted fixture (evidence with spans and hashes, a datapackage.json).
    static let datasets = [repositoryRoot.appendingPathComponent("seeds").path, Fixtures.valid,
                           Fixtures.root.appendingPathComponent("sectioned").path,
                           repositoryRoot.appendingPathComponent("Tests/SummitCLITests/Fixtures/quoted").path]

    @Test(arguments: datasets)
    func committedDatasetsWriteBackIdentically(_ path: String) throws {
        let folder = try scratchDataset(copying: path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try snapshot(of: folder)
        var writer = try DatasetWriter(directory: folder.path)
        for name in writer.fileNames { #expect(writer.contents(of: name) == before[name], "\(name) of \(path)") }
        #expect(writer.changedFiles.isEmpty)
        let graph = try writer.write()
        #expect(try snapshot(of: folder) == before, "writing an unchanged dataset changes nothing")
        #expect(Array(graph.edges) == Array(try DatasetLoader.load(directory: path).edges))
    }

    /// Every TSV file of every fixture, valid or not (invalid UTF-8, too many fields, control
    /// characters), reads and writes back identically: the writer keeps bytes, not rows.
    @Test func everyFixtureFileWritesBackIdentically() throws {
        let files = FileManager.default.enumerator(atPath: Fixtures.root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".tsv") } ?? []
        #expect(files.count > 50)
        for file in files {
            let folder = try scratchDataset()
            defer { try? FileManager.default.removeItem(at: folder) }
            let data = try Data(contentsOf: Fixtures.root.appendingPathComponent(file))
            try data.write(to: folder.appendingPathComponent("x.tsv"))
            #expect(try DatasetWriter(directory: folder.path).contents(of: "x.tsv") == data, "\(file)")
        }
    }

    @Test(arguments: [
        "\u{FEFF}id\tkind\tname\r\n# a comment \r\nx\tperson\tX  \r\n\r\ny\tperson\tY",  // BOM, CRLF, trailing spaces, no final break
        "id\tkind\tname\n\n\n#\n  \t \nx\tperson\tX\n\n",                                // blank lines, an empty comment
        "id\tkind\tname\r\nx\tperson\tX\ny\tperson\tY\r\n",                              // mixed line ends
        "id\tkind\tname\nx\tperson\tX\r",                                                // a CR with no LF at the end
        "", "\n", "\r\n", "# only a comment",
    ])
    func oddTextWritesBackIdentically(_ text: String) throws {
        let folder = try scratchDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("nodes.tsv"))
        #expect(try DatasetWriter(directory: folder.path).contents(of: "nodes.tsv") == Data(text.utf8))
    }

    /// The records round-trip the model: adding every source, node, edge, evidence line and
    /// conflict of the seeds to an empty folder gives a dataset that loads as the same graph.
    @Test func theSeedsRebuiltRecordByRecordLoadAsTheSameGraph() throws {
        let seeds = try DatasetLoader.load(directory: repositoryRoot.appendingPathComponent("seeds").path)
        let folder = try scratchDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        for source in seeds.sources { try writer.add(source) }
        for id in seeds.nodeIDs { try writer.add(NodeRecord(id, in: seeds)) }
        for id in seeds.edgeIDs { try writer.add(EdgeRecord(id, in: seeds)) }
        for id in seeds.edgeIDs { for evidence in EvidenceRecord.records(of: id, in: seeds) { try writer.add(evidence) } }
        for conflict in seeds.conflicts { try writer.add(ConflictRecord(conflict, in: seeds)) }
        let rebuilt = try writer.write()
        #expect(Set(rebuilt.nodeIDs.map { rebuilt[$0].slug }) == Set(seeds.nodeIDs.map { seeds[$0].slug }))
        for id in seeds.edgeIDs {
            let edge = try #require(rebuilt.edge(slug: seeds[id].slug))
            #expect(EdgeRecord(edge, in: rebuilt) == EdgeRecord(id, in: seeds))
            #expect(EvidenceRecord.records(of: edge, in: rebuilt) == EvidenceRecord.records(of: id, in: seeds))
        }
        for id in seeds.nodeIDs {
            #expect(try NodeRecord(#require(rebuilt.node(slug: seeds[id].slug)), in: rebuilt) == NodeRecord(id, in: seeds))
        }
        // An empty file is sorted, and stays so: sources and conflicts come back in id order.
        #expect(rebuilt.sources == seeds.sources.sorted { $0.slug < $1.slug })
        #expect(rebuilt.conflicts.map { ConflictRecord($0, in: rebuilt) } == seeds.conflicts.map { ConflictRecord($0, in: seeds) }.sorted { $0.id < $1.id })
        #expect(try DatasetLoader.load(directory: folder.path).edgeCount == seeds.edgeCount)
    }
}
