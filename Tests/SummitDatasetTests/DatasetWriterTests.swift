import Foundation
@testable import SummitDataset
import SummitGraph
import Testing

@Suite("DatasetWriter: writes, refusals, interrupted writes")
struct DatasetWriterTests {
    static let golden = repositoryRoot.appendingPathComponent("Tests/SummitDatasetTests/Golden/sectioned-after-adds")

    /// Everything the ingester will do, once each, on the sectioned fixture; the folder written
    /// is compared with `Golden/sectioned-after-adds/` (`SUMMITGRAPH_RECORD=1` rewrites it).
    @Test func addThenWriteMatchesTheGoldenDataset() throws {
        let folder = try scratchDataset(copying: Fixtures.root.appendingPathComponent("sectioned").path)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        try writer.add(Source(slug: "bulletin", file: "bulletin.txt", publisher: "Evening Bulletin", published: FuzzyDate(year: 2025, month: 12, day: 21),
                              title: "Summit wrap-up", place: "Osaka"))
        try writer.add(NodeRecord(id: "bruno-bello", kind: .person, name: "Bruno Bello", aliases: ["B. Bello"], sources: ["bulletin"]))
        try writer.add(NodeRecord(id: "bulletin-desk", kind: .organization, subtype: "agency", name: "Bulletin desk",
                                  attributes: [Attribute(key: "founded", value: "1901")], sources: ["bulletin"]))
        try writer.add(NodeRecord(id: "osaka", kind: .place, subtype: "city", name: "Osaka", sources: ["bulletin"]))
        try writer.add(EdgeRecord(id: "met-bruno-carla", type: .met, source: "bruno-bello", target: "carla-diaz", status: .occurred,
                                  date: try DateSpan(parsing: "2025-12-20"), place: "osaka", topics: ["trade", "ports"], sources: ["bulletin"],
                                  note: "the bulletin alone reports it"))
        try writer.add(EdgeRecord(id: "heads-sudland-bruno", type: .headOf, source: "bruno-bello", target: "sudland", status: .ongoing,
                                  title: "Prime Minister", sources: ["bulletin"]))
        try writer.add(EdgeRecord(id: "part-osaka-norland", type: .partOf, source: "osaka", target: "norland", status: .ongoing, sources: ["bulletin"]))
        let location = SentenceLocation(span: try #require(ArticleSpan(start: 120, end: 188)), sha256: SHA256.hash("made-up sentence"))
        try writer.add(EvidenceRecord(edge: "met-bruno-carla", source: "bulletin", paraphrase: "Bruno and Carla met in Osaka.", location: location))
        try writer.add(EvidenceRecord(edge: "heads-sudland-bruno", source: "bulletin", paraphrase: "Bruno leads Sudland's government."))
        try writer.add(EvidenceRecord(edge: "part-osaka-norland", source: "bulletin", paraphrase: "Osaka is placed in Norland."))
        try writer.corroborate(EvidenceRecord(edge: "coop-north-south", source: "bulletin", paraphrase: "Energy ties are confirmed."))
        try writer.addAlias("NS Forum", toNode: "forum-2025")
        try writer.addSource("bulletin", toNode: "tokyo")
        try writer.add(ConflictRecord(id: "osaka-placement", subjects: ["part-osaka-norland", "osaka"], field: .place,
                                      description: "only the bulletin puts Osaka in Norland", sources: ["bulletin"]))
        try writer.add([("candidate", "c-9f2a"), ("source", "bulletin"), ("reason", "a state merely mentioned")], to: "rejections.tsv")
        #expect(writer.changedFiles == ["conflicts.tsv", "edges.tsv", "evidence.tsv", "nodes.tsv", "rejections.tsv", "sources.tsv"])
        var steps: [DatasetWriter.CommitStep] = []
        let graph = try writer.write { steps.append($0) }
        #expect(steps.count == 6 + 1 + 1 + 6 + 1 && steps[7] == .committed && steps.last == .removedJournal)
        #expect(graph.edgeCount == 9 && graph.nodeCount == 10)
        let written = try snapshot(of: folder)
        #expect(!written.keys.contains { $0.hasPrefix(".") }, "no journal or temporary file is left")
        if ProcessInfo.processInfo.environment["SUMMITGRAPH_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            for (name, data) in written { try data.write(to: Self.golden.appendingPathComponent(name)) }
            Issue.record("recorded \(Self.golden.path); review the diff")
            return
        }
        let expected = try snapshot(of: Self.golden)
        #expect(written.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected {
            #expect(written[name] == data, "\(name) differs from Golden/sectioned-after-adds/\(name)")
        }
    }

    /// An addition the loader refuses is refused with the loader's diagnostics, located in the
    /// new contents, and nothing is written.
    @Test func anInvalidResultIsRefusedAndNothingIsWritten() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try snapshot(of: folder)
        var writer = try DatasetWriter(directory: folder.path)
        try writer.add(NodeRecord(id: "zed", kind: .person, name: "Zed"))
        try writer.add(EdgeRecord(id: "met-alice-zedd", type: .met, source: "alice-ames", target: "zedd", status: .occurred,
                                  date: try DateSpan(parsing: "2025"), sources: ["wire"]))
        #expect(throws: DatasetError.invalid([Diagnostic(
            file: folder.path + "/edges.tsv", line: 4, column: 31, message: "unknown node 'zedd' in column 'target'",
            fix: "did you mean 'zed'? use a node id from \(folder.path)/nodes.tsv, or add the node there")])) {
            try writer.write()
        }
        #expect(try snapshot(of: folder) == before)
    }

    @Test func aFileChangedMeanwhileIsNotOverwritten() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        try writer.addAlias("A. A.", toNode: "alice-ames")
        let edges = folder.appendingPathComponent("edges.tsv")
        let changed = try Data(contentsOf: edges) + Data("# a comment added meanwhile\n".utf8)
        try changed.write(to: edges)
        #expect(throws: DatasetError.changedSinceRead(file: edges.path)) { try writer.write() }
        #expect(try Data(contentsOf: edges) == changed)
        #expect(try snapshot(of: folder)["nodes.tsv"] == (try Data(contentsOf: URL(fileURLWithPath: Fixtures.valid + "/nodes.tsv"))))
    }

    /// The journal's recovery, one state at a time: a dead writer's files before the commit
    /// point are removed; after it, the write is finished; where it cannot be, the new files are
    /// read where they are.
    @Test func interruptedWritesAreFinishedOrDiscarded() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = try deadProcessID()
        let nodes = folder.appendingPathComponent("nodes.tsv")
        let old = try Data(contentsOf: nodes), new = old + Data("zed\tperson\t\tZed\t\t\t\n".utf8)
        // Uncommitted: a temporary file and a journal's temporary file, no journal.
        try new.write(to: folder.appendingPathComponent(".nodes.tsv.sgw-\(dead)-1"))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".summitgraph-journal.sgw-\(dead)-2"))
        try Data("live".utf8).write(to: folder.appendingPathComponent(".edges.tsv.sgw-\(getpid())-3"))
        #expect(try DatasetLoader.load(directory: folder.path).nodeCount == 8)
        #expect(try Data(contentsOf: nodes) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") } == [".edges.tsv.sgw-\(getpid())-3"],
                "a live writer's file is left alone")
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".edges.tsv.sgw-\(getpid())-3"))
        // Committed: the journal names the temporary file.
        try new.write(to: folder.appendingPathComponent(".nodes.tsv.sgw-\(dead)-4"))
        let journal = "summitgraph journal 1\n.nodes.tsv.sgw-\(dead)-4\tnodes.tsv\nend\n"
        try Data(journal.utf8).write(to: folder.appendingPathComponent(DatasetJournal.name))
        var readThrough = try DatasetJournal.recover(in: folder.path, renaming: { _, _ in false })
        #expect(readThrough == ["nodes.tsv": folder.path + "/.nodes.tsv.sgw-\(dead)-4"], "a read-only folder is read through the journal")
        #expect(try Data(contentsOf: nodes) == old)
        readThrough = try DatasetJournal.recover(in: folder.path)
        #expect(readThrough.isEmpty)
        #expect(try Data(contentsOf: nodes) == new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.isEmpty)
        // A damaged journal stops everything, located.
        try Data("summitgraph journal 1\n../../etc/passwd\tnodes.tsv\nend\n".utf8).write(to: folder.appendingPathComponent(DatasetJournal.name))
        #expect(throws: DatasetError.self) { try DatasetLoader.load(directory: folder.path) }
        #expect(throws: DatasetError.self) { try DatasetWriter(directory: folder.path) }
    }

    /// The id of a process that has exited.
    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
