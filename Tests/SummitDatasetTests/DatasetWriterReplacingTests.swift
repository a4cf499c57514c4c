import Foundation
@testable import SummitDataset
import SummitGraph
import Testing

/// `replaceNode(_:with:)`: a person in the place of the office node he turns out to hold.
@Suite("DatasetWriter: a node in the place of another")
struct DatasetWriterReplacingTests {
    /// Every edge end, place and conflict subject naming the office names the person; the
    /// office's row goes and its sources stay on record with the person's.
    @Test func aNewPersonTakesTheOfficesPlace() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        try writer.add(ConflictRecord(id: "sudland-leader", subjects: ["heads-sudland", "president-of-sudland"], field: .status,
                                      description: "the review names no president", sources: ["review"]))
        try writer.addSource("review", toNode: "president-of-sudland")
        try writer.replaceNode("president-of-sudland", with: NodeRecord(id: "carlos-cruz", kind: .person, name: "Carlos Cruz",
                                                                        aliases: ["C. Cruz"], sources: ["wire"]))
        let graph = try writer.write()
        #expect(graph.node(slug: "president-of-sudland") == nil)
        let carlos = try #require(graph.node(slug: "carlos-cruz"))
        #expect(graph[carlos].kind == .person && graph[carlos].aliases == ["C. Cruz"])
        #expect(graph[carlos].sources.map { graph[$0].slug } == ["wire", "review"])
        let ends = graph.edges(of: carlos, direction: .both).map { graph[$0].slug }.sorted()
        #expect(ends == ["heads-sudland", "met-alice-president"])
        let conflict = try #require(graph.conflicts.first { $0.slug == "sudland-leader" })
        #expect(conflict.subjects.contains(.node(carlos)))
        let nodes = String(decoding: try Data(contentsOf: folder.appendingPathComponent("nodes.tsv")), as: UTF8.self)
        #expect(!nodes.contains("president-of-sudland") && nodes.contains("carlos-cruz\tperson\t\tCarlos Cruz\tC. Cruz\t\twire;review"))
    }

    /// A person the dataset has already: the office is merged into that row.
    @Test func anOfficeMergesIntoAKnownPerson() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        try writer.replaceNode("president-of-sudland", with: NodeRecord(id: "bruno-bello", kind: .person, name: "Bruno Béllo",
                                                                        aliases: ["B. Bello"], sources: ["review"]))
        let graph = try writer.write()
        let bruno = try #require(graph.node(slug: "bruno-bello"))
        #expect(graph.node(slug: "president-of-sudland") == nil && graph.nodeCount == 7)
        #expect(graph[bruno].aliases == ["B. Bello"] && graph[bruno].sources.map { graph[$0].slug } == ["review"])
        let heads = try #require(graph.edge(slug: "heads-sudland"))
        #expect(graph[graph[heads].source].slug == "bruno-bello")
    }

    /// No such node: refused with the closest id, nothing changed.
    @Test func anUnknownNodeIsRefused() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try snapshot(of: folder)
        var writer = try DatasetWriter(directory: folder.path)
        #expect(throws: DatasetError.unknownRecord(file: folder.path + "/nodes.tsv", id: "president-of-sudlnd", closest: "president-of-sudland")) {
            try writer.replaceNode("president-of-sudlnd", with: NodeRecord(id: "carlos-cruz", kind: .person, name: "Carlos Cruz"))
        }
        #expect(writer.changedFiles.isEmpty)
        _ = try writer.write()
        #expect(try snapshot(of: folder) == before)
    }
}
