import Foundation
import SummitDataset
import SummitExport
import SummitGraph
import Testing

/// The HTML map's data block and page: the fixture's data byte for byte, values that would end a
/// script kept inert, the page self-contained. `SUMMITGRAPH_RECORD=1` rewrites the golden file.
@Suite("HTML map data and page")
struct HTMLMapTests {
    func fixtureData() throws -> String {
        let graph = try DatasetLoader.load(directory: GoldenTests.fixture)
        let map = MapDOTWriter.write(ExportTable(graph))
        return MapData.json(for: graph, options: .init(title: "fixture", drawnEdges: map.drawnEdges.map { .init(svgID: $0.svgID, members: $0.members) },
                                                       links: ["wire": "../articles/wire.txt"]))
    }

    @Test func dataMatchesTheGoldenFile() throws {
        try MapDOTGoldenTests().expectGolden(try fixtureData(), "fixture.map-data.json")
    }

    @Test func dataIsJSONWithEveryNodeEdgeAndSource() throws {
        let graph = try DatasetLoader.load(directory: GoldenTests.fixture)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try fixtureData().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["drawn", "edges", "kinds", "nodes", "sources", "statuses", "title", "types"])
        #expect((object["nodes"] as? [Any])?.count == graph.nodeCount)
        #expect((object["edges"] as? [Any])?.count == graph.edgeCount)
        #expect((object["sources"] as? [Any])?.count == graph.sources.count)
        let drawn = (object["drawn"] as? [[String: Any]] ?? []).flatMap { $0["members"] as? [String] ?? [] }
        #expect(Set(drawn) == Set(graph.edgeIDs.map { graph[$0].slug }), "every edge is on a drawn SVG edge")
    }

    @Test func valuesCannotEndTheScript() throws {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "s", file: "a.txt", publisher: "<!-- P", published: nil, title: "</script><script>alert(1)</script>"))
        let a = try b.add(Node(slug: "a", kind: .person, name: "</SCRIPT >", sources: [s]))
        let c = try b.add(Node(slug: "c", kind: .state, name: "C", sources: [s]))
        _ = try b.add(Edge(slug: "e", type: .met, source: a, target: c, status: .occurred, citations: [Citation(source: s, paraphrase: "</script>")]))
        let graph = b.build()
        let data = MapData.json(for: graph, options: .init(title: "t</script>"))
        #expect(!data.contains("<"), "every < is written \\u003c")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect((object["nodes"] as? [[String: Any]])?.first?["name"] as? String == "</SCRIPT >", "the value reads back as it was")
        let page = HTMLMapPage.html(svg: "<svg></svg>", data: data, title: "t</script>")
        #expect(page.components(separatedBy: "</script>").count == 3, "only the two scripts' own ends")
    }

    @Test func pageIsSelfContained() throws {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg width=\"10pt\"></svg>\n"
        let page = HTMLMapPage.html(svg: svg, data: try fixtureData(), title: "A & B")
        #expect(!page.contains("<!DOCTYPE svg") && !page.contains("<?xml"), "the SVG's prolog is dropped")
        #expect(page.contains("<svg width=\"10pt\"></svg>"))
        #expect(page.contains("<title>A &amp; B</title>"))
        let outside = try Regex(#"(?i)(?:\b(?:src|href)\s*=\s*["']?\s*|url\(\s*["']?)(?:https?:)?//"#)
        #expect(page.firstMatch(of: outside) == nil, "nothing points outside the file")
        #expect(page.contains("window.summitgraph"), "the script is embedded")
        #expect(page.contains("@media print"), "the stylesheet is embedded")
    }
}
