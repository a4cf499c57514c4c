import Foundation
import SummitDataset
import SummitExport
import SummitGraph
import SummitImport
import Testing

@Suite("Import: GEXF read back; DOT and Cytoscape JSON refused", .scratchFolder)
struct GEXFImportTests {
    let seeds = try! DatasetLoader.load(directory: root.appendingPathComponent("seeds").path)

    @Test func summitgraphsGEXFRoundTripsByteForByte() throws {
        let first = ExportFormat.gexf.write(seeds).files[0].text
        let (graph, warnings) = try GraphImporter.load(try scratchFile("seeds.gexf", first))
        #expect(ExportFormat.gexf.write(graph).files[0].text == first)
        #expect(warnings.count == 1 && warnings[0].contains("names its sources by id only"))
        // What GEXF keeps is the same graph: every edge with its type, status, date, evidence.
        #expect(graph.nodeCount == seeds.nodeCount && graph.edgeCount == seeds.edgeCount)
        #expect(graph.edges.map(\.slug) == seeds.edges.map(\.slug))
        #expect(graph.edges.map { $0.date?.description } == seeds.edges.map { $0.date?.description })
        #expect(graph.edges.map { $0.citations.map(\.paraphrase) } == seeds.edges.map { $0.citations.map(\.paraphrase) })
        #expect(graph.sources.map(\.slug).sorted() == seeds.sources.map(\.slug).sorted())
    }

    @Test func networkxWriteGEXFIsRead() throws {
        let (karate, _) = try GraphImporter.load(fixture("karate.networkx.gexf"))
        #expect(karate.nodeCount == 34 && karate.edgeCount == 78)
        let zero = try #require(karate.node(slug: "0"))
        #expect(karate[zero].attributes.contains(Attribute(key: "club", value: "Mr. Hi")))
        #expect(karate.schema.attributeType(of: "weight") == .double)
        #expect(karate.edges.allSatisfy { if case .text(let w)? = $0.attribute("weight") { Double(w) != nil } else { false } })
        let (multi, _) = try GraphImporter.load(fixture("multi.networkx.gexf"))
        #expect(multi.edgeCount == 3 && Set(multi.edges.map(\.slug)).count == 3)
        let a = try #require(multi.node(slug: "a"))
        #expect(multi[a].name == "Alpha" && multi[a].kind == .person)
        #expect(multi.edges.map(\.type).sorted() == [.met, .met, .visits])
        #expect(multi.edges.compactMap { $0.date?.description } == ["2025-12-19"])
    }

    @Test func dotAndCytoscapeAreRefusedWithTheWayToConvert() throws {
        let dot = try scratchFile("map.gv", "digraph { a -> b }\n")
        #expect(throws: ImportError.self) { try GraphImporter.load(dot) }
        let strict = try scratchFile("x.txt", "strict digraph g { a -> b }\n")
        do { _ = try GraphImporter.load(strict); Issue.record("DOT was read") } catch {
            #expect(error.message.hasPrefix("DOT is not read"))
            #expect(error.fix?.contains("nx.nx_pydot.read_dot") == true)
        }
        let cytoscape = ExportFormat.cytoscape.write(seeds).files[0].text
        for name in ["seeds.cyjs", "seeds.json"] {
            let path = try scratchFile(name, cytoscape)
            do { _ = try GraphImporter.load(path); Issue.record("\(name) was read") } catch {
                #expect(error.message.hasPrefix("Cytoscape JSON is not read; summitgraph reads GraphML, GEXF"), "\(name)")
                #expect(error.fix?.contains("nx.cytoscape_graph") == true, "\(name)")
            }
        }
    }

    @Test func aBrokenGEXFIsLocated() throws {
        let path = try scratchFile("bad.gexf", "<gexf><graph><nodes><node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node></nodes></graph></gexf>\n")
        do { _ = try GraphImporter.load(path); Issue.record("read") } catch {
            #expect(error.description.hasSuffix("bad.gexf:1:45: error: <attvalue> refers to undeclared attribute '9'; declare it in <attributes class=\"node\">"))
        }
    }
}
