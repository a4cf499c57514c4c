import Foundation
import SummitDataset
import SummitExport
import SummitGraph
import Testing

/// The map's DOT (what `render` draws) of the fixture dataset, byte for byte, and the ids and
/// classes the HTML map's script finds shapes by. `SUMMITGRAPH_RECORD=1` rewrites the golden file.
@Suite("Golden map DOT")
struct MapDOTGoldenTests {
    func fixtureMap(_ options: MapDOTWriter.Options = .init()) throws -> MapDOTWriter.Result {
        MapDOTWriter.write(ExportTable(try DatasetLoader.load(directory: GoldenTests.fixture)), options: options)
    }

    func expectGolden(_ text: String, _ name: String) throws {
        let url = repository.appendingPathComponent("Tests/SummitExportTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["SUMMITGRAPH_RECORD"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record("recorded \(name)")
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "missing golden \(name)")
        #expect(text == expected, "\(name) differs from its golden file")
    }

    @Test func matchesTheGoldenFile() throws {
        try expectGolden(try fixtureMap().dot, "fixture.map.dot")
    }

    @Test func nodesAndEdgesCarryIDsAndClasses() throws {
        let map = try fixtureMap()
        let table = ExportTable(try DatasetLoader.load(directory: GoldenTests.fixture))
        for node in table.nodes {
            let kind = node["kind"]?.flattened ?? ""
            #expect(map.dot.contains("\"\(node.id)\" [id=\"n-\(node.id)\", class=\"kind-\(kind)\""))
        }
        let members = map.drawnEdges.flatMap(\.members)
        #expect(Set(members) == Set(table.edges.map(\.id)), "every edge is drawn, once")
        #expect(members.count == table.edges.count)
        for drawn in map.drawnEdges {
            #expect(drawn.svgID == "e-" + drawn.members[0])
            #expect(map.dot.contains("[id=\"\(drawn.svgID)\", class=\"type-"))
        }
    }

    @Test func classNamesStayOneClassEach() {
        #expect(MapDOTWriter.cssClass("type", "cooperates_with") == "type-cooperates_with")
        #expect(MapDOTWriter.cssClass("kind", "odd kind\"é") == "kind-odd_kind__")
    }
}
