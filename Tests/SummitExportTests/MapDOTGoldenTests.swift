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

    @Test func theKeyDrawsEachKindInItsShapeAndEachLineAsTheMapDoes() throws {
        let dot = try fixtureMap().dot
        #expect(dot.contains("\"key-kind-person\" [id=\"key-kind-person\", class=\"key kind-person\", label=\"person\", shape=\"ellipse\""))
        #expect(dot.contains("\"key-kind-state\" [id=\"key-kind-state\", class=\"key kind-state\", label=\"state\", shape=\"box\""))
        #expect(dot.contains("\"key-status-occurred-from\" -> \"key-status-occurred\" [class=\"key status-occurred\", color=\"#444444\", style=\"solid\", penwidth=\"1.2\""))
        #expect(!MapDOTWriter.write(ExportTable(try DatasetLoader.load(directory: GoldenTests.fixture)), options: .init(legend: false)).dot.contains("key"))
    }

    @Test func statusesAndTypesNeverDifferByColourAlone() {
        let schema = Schema.standard
        let lines = schema.statuses.map { MapPalette.line($0.name.rawValue, in: schema) }
        #expect(Set(lines).count == lines.count, "every status has its own line")
        #expect(lines.first == "style=\"solid\", penwidth=\"1.2\"", "occurred is the plain line")
        let looks = schema.types.map { MapPalette.edge($0.type.rawValue, in: schema) }
        #expect(Set(looks.map { "\($0.color) \($0.arrowhead)" }).count == looks.count, "every type has its own colour and arrowhead")
    }

    /// Two states with five `cooperates_with` edges one way, one `supports`, and two people who met twice, each way once.
    static func parallelGraph() throws -> Graph {
        var b = GraphBuilder()
        let source = try b.add(Source(slug: "wire", file: "wire.txt", publisher: "Wire", published: nil, title: "T"))
        let north = try b.add(Node(slug: "north", kind: .state, name: "Northland"))
        let south = try b.add(Node(slug: "south", kind: .state, name: "Southland"))
        let ann = try b.add(Node(slug: "ann", kind: .person, name: "Ann"))
        let bob = try b.add(Node(slug: "bob", kind: .person, name: "Bob"))
        let areas = [["water"], ["energy", "trade"], ["tourism"], ["water", "health"], []]
        for (i, list) in areas.enumerated() {
            try b.add(Edge(slug: "coop-\(i)", type: .cooperatesWith, source: north, target: south, status: i == 4 ? .planned : .ongoing,
                           areas: list.map(CooperationArea.init(unchecked:)), citations: [Citation(source: source)]))
        }
        try b.add(Edge(slug: "backs", type: .supports, source: north, target: south, status: .occurred, citations: [Citation(source: source)]))
        let day = try FuzzyDate(parsing: "2025-12-19")
        try b.add(Edge(slug: "met-1", type: .met, source: ann, target: bob, status: .occurred, date: DateSpan(day),
                       title: "Talks", citations: [Citation(source: source)]))
        try b.add(Edge(slug: "met-2", type: .met, source: bob, target: ann, status: .occurred, date: DateSpan(day), citations: [Citation(source: source)]))
        return b.build()
    }

    @Test func parallelEdgesOfOneTypeAreDrawnAsOneCarryingTheirAreas() throws {
        let map = MapDOTWriter.write(ExportTable(try Self.parallelGraph()), options: .init(legend: false))
        #expect(map.drawnEdges.map(\.svgID) == ["e-coop-0", "e-backs", "e-met-1"])
        #expect(map.drawnEdges.map(\.members) == [["coop-0", "coop-1", "coop-2", "coop-3", "coop-4"], ["backs"], ["met-1", "met-2"]],
                "met is symmetric: both directions are one pair")
        try expectGolden(map.dot, "parallel.map.dot")
        #expect(map.dot.contains("id=\"e-coop-0\", class=\"type-cooperates_with status-ongoing status-planned\", label=\"cooperates_with ×5\\nwater, energy, trade +2\""))
        #expect(map.dot.contains("tooltip=\"cooperates_with ×5, Northland – Southland\\n• undated · ongoing\\n   areas: water\\n   sources: wire\\n"))
        #expect(map.dot.contains("• 2025-12-19 · occurred\\n   title: Talks\\n   sources: wire"))
    }
}
