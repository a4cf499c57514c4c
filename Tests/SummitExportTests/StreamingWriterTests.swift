import Foundation
@testable import SummitExport
import SummitGraph
import Testing

/// The GraphML, JSON, GEXF and CSV bundle writers render from the graph's columns and share fragments between
/// elements; the oracles here render each row of ``ExportTable`` whole, as the writers did before,
/// so any drift between the two (a key, an order, an escape, a loss count) shows.
@Suite("GraphML, JSON, GEXF and CSV from the columns equal their rendering from the rows, streamed or not")
struct StreamingWriterTests {
    static func oracle(_ table: ExportTable) -> (text: String, losses: [String]) {
        var log = LossLog()
        func xml(_ text: String, _ place: String) -> String { XMLText.escaped(text, at: place, log: &log, format: "GraphML") }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let nodeKeys = ExportTable.nodeKeys.filter { key in table.nodes.contains { $0[key] != nil } }
        let edgeKeys = ExportAttributes.orderedEdgeKeys(Set(table.edges.flatMap { $0.attributes.map(\.name) }), in: table.schema)
        for key in ExportTable.graphKeys { out += "  <key id=\"g_\(key)\" for=\"graph\" attr.name=\"\(key)\" attr.type=\"string\"/>\n" }
        for key in nodeKeys { out += "  <key id=\"n_\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n" }
        for key in edgeKeys { out += "  <key id=\"e_\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"\(table.type(ofEdgeKey: key).rawValue)\"/>\n" }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for (name, value) in table.graphAttributes { out += "    <data key=\"g_\(name)\">\(xml(value, "graph \(name)"))</data>\n" }
        for node in table.nodes {
            out += "    <node id=\"\(xml(node.id, "node id"))\">"
            for (name, value) in node.attributes { out += "<data key=\"n_\(name)\">\(xml(value.flattened, "node '\(node.id)' \(name)"))</data>" }
            out += "</node>\n"
        }
        for edge in table.edges {
            out += "    <edge id=\"\(xml(edge.id, "edge id"))\" source=\"\(xml(edge.source, "edge source"))\" target=\"\(xml(edge.target, "edge target"))\">"
            for (name, value) in edge.attributes { out += "<data key=\"e_\(name)\">\(xml(value.flattened, "edge '\(edge.id)' \(name)"))</data>" }
            out += "</edge>\n"
        }
        return (out + "  </graph>\n</graphml>\n", log.lines)
    }

    /// Node-link JSON rendered row by row, as the writer did before.
    static func jsonOracle(_ table: ExportTable) -> String {
        var out = "{\n  \"directed\": true,\n  \"multigraph\": true,\n"
        out += "  \"graph\": {\"name\": \(JSONText.quoted(table.name)), \"sources\": \(JSONTree.array(table.sources).canonical), "
        out += "\"conflicts\": \(JSONTree.array(table.conflicts).canonical)},\n  \"nodes\": [\n"
        out += table.nodes.map { "    {\"id\": \(JSONText.quoted($0.id))" + JSONText.members($0.attributes) + "}" }.joined(separator: ",\n")
        out += table.nodes.isEmpty ? "  ],\n" : "\n  ],\n"
        out += "  \"edges\": [\n"
        out += table.edges.map { edge in
            "    {\"source\": \(JSONText.quoted(edge.source)), \"target\": \(JSONText.quoted(edge.target)), "
                + "\"key\": \(JSONText.quoted(edge.id))" + JSONText.members(edge.attributes) + "}"
        }.joined(separator: ",\n")
        return out + (table.edges.isEmpty ? "  ]\n}\n" : "\n  ]\n}\n")
    }

    /// GEXF rendered row by row, as the writer did before.
    static func gexfOracle(_ table: ExportTable) -> (text: String, losses: [String]) {
        var log = LossLog()
        func xml(_ text: String, _ place: @autoclosure () -> String, attribute: Bool = true) -> String {
            XMLText.escaped(text, at: place(), log: &log, format: "GEXF", inAttribute: attribute)
        }
        let nodeKeys = ExportTable.nodeKeys.filter { key in key != "label" && table.nodes.contains { $0[key] != nil } }
        let edgeKeys = ExportAttributes.orderedEdgeKeys(Set(table.edges.flatMap { $0.attributes.map(\.name) }), in: table.schema)
            .filter { $0 != "label" }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>summitgraph</creator><description>\(xml(table.name, "graph name", attribute: false))</description></meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">

            """
        out += "    <attributes class=\"node\">\n"
        for key in nodeKeys { out += "      <attribute id=\"\(key)\" title=\"\(key)\" type=\"string\"/>\n" }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for key in edgeKeys {
            let type = table.type(ofEdgeKey: key)
            out += "      <attribute id=\"\(key)\" title=\"\(key)\" type=\"\(type == .int ? "integer" : type.rawValue)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in table.nodes {
            out += "      <node id=\"\(xml(node.id, "node id"))\" label=\"\(xml(node["label"]?.flattened ?? node.id, "node '\(node.id)' label"))\"><attvalues>"
            for (name, value) in node.attributes where name != "label" {
                out += "<attvalue for=\"\(name)\" value=\"\(xml(value.flattened, "node '\(node.id)' \(name)"))\"/>"
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in table.edges {
            let type = edge["type"]?.flattened ?? ""
            out += "      <edge id=\"\(xml(edge.id, "edge id"))\" source=\"\(xml(edge.source, "edge source"))\" target=\"\(xml(edge.target, "edge target"))\""
            out += " kind=\"\(xml(type, "edge kind"))\" label=\"\(xml(edge["label"]?.flattened ?? type, "edge label"))\"><attvalues>"
            for (name, value) in edge.attributes where name != "label" {
                out += "<attvalue for=\"\(name)\" value=\"\(xml(value.flattened, "edge '\(edge.id)' \(name)"))\"/>"
            }
            out += "</attvalues>"
            if let date = edge["date"].flatMap({ try? DateSpan(parsing: $0.flattened) }) {
                out += "<spells><spell start=\"\(GEXFWriter.day(date.firstDay))\" end=\"\(GEXFWriter.day(date.lastDay))\"/></spells>"
            }
            out += "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return (out, log.lines)
    }

    static func streamed(_ graph: Graph) throws -> (bytes: [UInt8], chunks: Int, losses: [String]) {
        var bytes: [UInt8] = [], chunks = 0
        let losses = try GraphMLWriter.write(graph) { bytes.append(contentsOf: $0); chunks += 1 }
        return (bytes, chunks, losses)
    }

    static func check(_ graph: Graph, _ label: String) throws {
        let expected = oracle(ExportTable(graph))
        let inMemory = GraphMLWriter.write(graph)
        #expect(inMemory.files[0].text == expected.text, "\(label): in memory")
        #expect(inMemory.losses == expected.losses, "\(label): losses")
        let streamed = try streamed(graph)
        #expect(streamed.bytes == inMemory.files[0].bytes, "\(label): streamed")
        #expect(streamed.losses == expected.losses, "\(label): streamed losses")
        let json = NodeLinkJSONWriter.write(graph)
        #expect(json.files[0].text == jsonOracle(ExportTable(graph)), "\(label): JSON")
        var jsonStreamed: [UInt8] = []
        try NodeLinkJSONWriter.write(graph) { jsonStreamed.append(contentsOf: $0) }
        #expect(jsonStreamed == json.files[0].bytes, "\(label): JSON streamed")
        let gexf = GEXFWriter.write(graph), gexfExpected = gexfOracle(ExportTable(graph))
        #expect(gexf.files[0].text == gexfExpected.text, "\(label): GEXF")
        #expect(gexf.losses == gexfExpected.losses, "\(label): GEXF losses")
        var gexfStreamed: [UInt8] = []
        let gexfLosses = try GEXFWriter.write(graph) { gexfStreamed.append(contentsOf: $0) }
        #expect(gexfStreamed == gexf.files[0].bytes && gexfLosses == gexfExpected.losses, "\(label): GEXF streamed")
        try CSVBundleTests.check(graph, label)
    }

    @Test func seedsFixtureAndHostileNames() throws {
        try Self.check(try loadSeeds(), "seeds")
        try Self.check(try HostileGraph.make(), "hostile")
        try Self.check(GraphBuilder().build(), "empty")
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func randomHostileGraphs(seed: UInt64) throws {
        var generator = NameGenerator(state: seed)
        try Self.check(try generator.graph(count: 40), "seed \(seed)")
    }

    /// 2,000 nodes and 30,000 dated edges: a few MiB in any format.
    static func chunkedGraph() throws -> Graph {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "s", file: "s.txt", publisher: "P", published: nil, title: "T"))
        var ids: [NodeID] = []
        for i in 0..<2_000 { ids.append(try b.add(Node(slug: "n\(i)", kind: .person, name: "Person \(i) <&>", sources: [s]))) }
        for i in 0..<30_000 {
            try b.add(Edge(slug: "e\(i)", type: i % 3 == 0 ? .met : .supports, source: ids[i % 2_000], target: ids[(i * 7 + 1) % 2_000],
                           status: .occurred, date: DateSpan(FuzzyDate(year: 2000 + i % 25, month: 1 + i % 12, day: 1 + i % 28)!),
                           topics: i % 5 == 0 ? ["topic \(i % 7)"] : [], citations: [Citation(source: s)]))
        }
        return b.build()
    }

    /// A graph whose GraphML passes a few MiB reaches the sink in several chunks, in order.
    @Test func largeGraphsStreamInChunks() throws {
        let graph = try Self.chunkedGraph()
        let streamed = try Self.streamed(graph)
        #expect(streamed.chunks > 3)
        #expect(streamed.bytes == GraphMLWriter.write(graph).files[0].bytes)
        #expect(String(decoding: streamed.bytes, as: UTF8.self) == Self.oracle(ExportTable(graph)).text)
        var json: [UInt8] = [], chunks = 0
        try NodeLinkJSONWriter.write(graph) { json.append(contentsOf: $0); chunks += 1 }
        #expect(chunks > 3)
        #expect(String(decoding: json, as: UTF8.self) == Self.jsonOracle(ExportTable(graph)))
        var gexf: [UInt8] = []
        chunks = 0
        _ = try GEXFWriter.write(graph) { gexf.append(contentsOf: $0); chunks += 1 }
        #expect(chunks > 3)
        #expect(String(decoding: gexf, as: UTF8.self) == Self.gexfOracle(ExportTable(graph)).text)
    }

    /// What the sink throws stops the export and reaches the caller.
    @Test func aFailingSinkStopsTheExport() throws {
        struct Full: Error {}
        var b = GraphBuilder()
        var previous: NodeID?
        for i in 0..<40_000 {
            let id = try b.add(Node(slug: "n\(i)", kind: .state, name: "State \(i)"))
            if let previous { try b.add(Edge(slug: "e\(i)", type: .cooperatesWith, source: previous, target: id, status: .planned, citations: [])) }
            previous = id
        }
        var calls = 0
        #expect(throws: Full.self) {
            _ = try GraphMLWriter.write(b.build()) { _ in calls += 1; if calls == 2 { throw Full() } }
        }
        #expect(calls == 2)
        calls = 0
        #expect(throws: Full.self) {
            _ = try DOTWriter.write(b.build()) { _ in calls += 1; if calls == 2 { throw Full() } }
        }
        #expect(calls == 2)
    }

    /// A chunk that cannot be written is reported by the next write or by `finish`.
    @Test func theFileWriterReportsWhatTheSystemRefused() throws {
        let readOnly = open("/dev/null", O_RDONLY)
        defer { close(readOnly) }
        let writer = PipelinedFileWriter(descriptor: readOnly)
        try [UInt8](repeating: 65, count: 1000).withUnsafeBytes { try writer.write($0) }
        #expect(throws: PipelinedFileWriter.WriteError.self) { try writer.finish() }
    }
}
