import Foundation
import SummitGraph
@testable import SummitImport
import Testing

/// Defects found by reading the code (issue 12 §4), each pinned by the case that showed it.
@Suite("Limits of the code tables, and the file as the source of unsourced edges", .scratchFolder)
struct CodeLimitTests {
    /// A folder with `g.edges.tsv` and `g.nodes.tsv` written from `edges` and `nodes`.
    static func edgeList(edges: String, nodes: String) throws -> String {
        let folder = try ScratchFolder.make()
        try Data(nodes.utf8).write(to: folder.appendingPathComponent("g.nodes.tsv"))
        try Data(edges.utf8).write(to: folder.appendingPathComponent("g.edges.tsv"))
        return folder.appendingPathComponent("g.edges.tsv").path
    }

    /// The bulk reader interns at most 256 kinds; a nodes file with more once killed the process
    /// (a force unwrap). The general reader now takes such files.
    @Test func aNodesFileWithMoreThan256KindsLoads() throws {
        let nodes = "id\tkind\tname\n" + (0..<300).map { "n\($0)\tkind\($0)\tNode \($0)\n" }.joined()
        let path = try Self.edgeList(edges: "src\tdst\n" + (0..<299).map { "n\($0)\tn\($0 + 1)\n" }.joined(), nodes: nodes)
        let (graph, _) = try GraphImporter.load(path)
        #expect(graph.nodeCount == 300 && graph.edgeCount == 299)
        #expect(graph.nodes.kind(of: try #require(graph.node(slug: "n299"))) == NodeKind(unchecked: "kind299"))
        #expect(Set(graph.nodes.countsByKind.keys).count == 300)
    }

    /// Type codes are 16 bits: the 65,537th distinct type once wrapped to the code of the first
    /// (`t65540` read back as `t4`). It is refused, at its line, with the limit.
    @Test func theTypePastTheLastCodeIsRefusedAtItsLine() throws {
        let edges = "src\tdst\ttype\n" + (0..<65_540).map { "a\tb\tt\($0)\n" }.joined()
        let path = try Self.edgeList(edges: edges, nodes: "id\n")
        do {
            let (graph, _) = try GraphImporter.load(path)
            Issue.record("accepted: the last edge's type is \(graph.edges.type(of: EdgeID(65_539)))")
        } catch {
            #expect(error.line == 65_538, "the 65,537th type's line")
            #expect(error.message.contains("more than 65536 distinct edge types ('t65536' would be one more)"), "\(error)")
        }
    }

    @Test func theBuilderRefusesOneCodeTooMany() throws {
        var builder = GraphBuilder()
        for i in 0..<256 { _ = try builder.statusCode(EdgeStatus(unchecked: "s\(i)")) }
        #expect(throws: GraphError.tooManyNames("statuses", limit: 256, name: "s256")) { try builder.statusCode(EdgeStatus(unchecked: "s256")) }
        #expect(try builder.statusCode(EdgeStatus(unchecked: "s255")) == 255, "the codes given stay as they were")
    }

    /// An edge citing no source is credited to the file. When the file lists a `file:NAME` source
    /// already (a re-read export of an imported graph), the builder refused a second one and the
    /// edge was credited to whichever source came first.
    @Test func anUnsourcedEdgeIsCreditedToTheFileItself() throws {
        let text = """
            {"directed": true, "multigraph": true, "graph": {"sources": [{"id": "wire", "file": "wire.txt", "publisher": "Wire", "title": "T"},
             {"id": "file:g.json", "file": "g.json", "publisher": "imported file", "title": "g.json"}]},
             "nodes": [{"id": "a"}, {"id": "b"}],
             "edges": [{"source": "a", "target": "b", "key": "cited", "sources": ["wire"]}, {"source": "b", "target": "a", "key": "unsourced"}]}
            """
        let (graph, _) = try GraphImporter.load(data: Data(text.utf8), name: "folder/g.json")
        let unsourced = graph[try #require(graph.edge(slug: "unsourced"))]
        #expect(unsourced.sources.map { graph[$0].slug } == ["file:g.json"])
        #expect(graph.sources.map(\.slug) == ["wire", "file:g.json"], "no second file source")
    }
}
