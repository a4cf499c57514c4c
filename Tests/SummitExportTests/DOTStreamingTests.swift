import Foundation
@testable import SummitExport
import SummitDataset
import SummitGraph
import Testing

/// `export --format dot` renders from the graph's columns and copies what elements share; the
/// oracle is the row writer, ``DOTWriter/write(_:options:)`` of the graph's ``ExportTable``, so any
/// drift between the two (a value, an order, an escape, a loss and its count) shows.
@Suite("DOT from the columns equals the row writer, streamed or not")
struct DOTStreamingTests {
    static func streamed(_ graph: Graph) throws -> (bytes: [UInt8], chunks: Int, losses: [String]) {
        var bytes: [UInt8] = [], chunks = 0
        let losses = try DOTWriter.write(graph) { bytes.append(contentsOf: $0); chunks += 1 }
        return (bytes, chunks, losses)
    }

    /// - Returns: The losses, for tests that expect some.
    @discardableResult
    static func check(_ graph: Graph, _ label: String) throws -> [String] {
        let expected = DOTWriter.write(ExportTable(graph))
        let inMemory = DOTWriter.write(graph)
        #expect(inMemory.files[0].text == expected.files[0].text, "\(label): in memory")
        #expect(inMemory.losses == expected.losses, "\(label): losses")
        let streamed = try streamed(graph)
        #expect(streamed.bytes == expected.files[0].bytes, "\(label): streamed")
        #expect(streamed.losses == expected.losses, "\(label): streamed losses")
        var viaFormat: [UInt8] = []
        let formatLosses = try ExportFormat.dot.write(graph) { viaFormat.append(contentsOf: $0) }
        #expect(viaFormat == expected.files[0].bytes && formatLosses == expected.losses, "\(label): ExportFormat.dot")
        return expected.losses
    }

    @Test func seedsHostileNamesFreeAttributesAndTheEmptyGraph() throws {
        try Self.check(try loadSeeds(), "seeds")
        try Self.check(try DatasetLoader.load(directory: GoldenTests.fixture), "fixture")
        #expect(!(try Self.check(try HostileGraph.make(), "hostile")).isEmpty)
        try Self.check(try AttributeGraph.make(), "attributes")
        try Self.check(try AttributeGraph.make(drawingNames: false), "attributes without drawing names")
        try Self.check(GraphBuilder().build(), "empty")
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func randomHostileGraphs(seed: UInt64) throws {
        var generator = NameGenerator(state: seed)
        try Self.check(try generator.graph(count: 40), "seed \(seed)")
        var other = NameGenerator(state: seed &* 31)
        try Self.check(try DOTHostileGraph.make(&other), "hostile ids, seed \(seed)")
    }

    /// Every kind of loss, several times each and through shared fragments: counted as the rows count them.
    @Test func lossesAreCountedOncePerElement() throws {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "s", file: "s.txt", publisher: "P", published: nil, title: "T"))
        var ids: [NodeID] = []
        for i in 0..<6 {
            ids.append(try b.add(Node(slug: i % 2 == 0 ? "back\\slash\(i)\\" : "n\(i)", kind: i % 3 == 0 ? .person : .state,
                                      name: i % 2 == 0 ? "bell\u{7}\(i) &amp;" : "plain \(i)",
                                      aliases: ["tab\u{1}alias"], attributes: [Attribute(key: "k", value: "ends in \\")], sources: [s])))
        }
        for i in 0..<20 {
            try b.add(Edge(slug: "e\(i)\\", type: i % 2 == 0 ? .met : .supports, source: ids[i % 6], target: ids[(i + 1) % 6],
                           status: .occurred, topics: ["esc\u{1B}"], citations: [Citation(source: s, paraphrase: "q\\\"")],
                           note: i % 3 == 0 ? "bell\u{7}" : "a\\"))
        }
        let losses = try Self.check(b.build(), "losses")
        #expect(losses.count == 4)
        // 3 node ids, 20 edge ids, and 20 edge ends (each edge joins an even node and an odd one).
        #expect(losses.contains { $0.hasPrefix(DOTText.idChange + ": 43 values") }, "\(losses)")
    }

    /// An undated edge whose free attribute is named `date` (or `type`, `status`): the tooltip and
    /// colours read it, as the row writer's lookup by name does, so that edge is not copied from
    /// the fragments of edges with the same head.
    @Test func freeAttributesNamedAsTheTooltipsValues() throws {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "s", file: "f", publisher: "p", published: nil, title: "t"))
        let a = try b.add(Node(slug: "a", kind: .person, name: "A")), c = try b.add(Node(slug: "c", kind: .state, name: "C"))
        for (i, name) in ["date", "type", "status", "sources", "label"].enumerated() {
            try b.add(Edge(slug: "plain\(i)", type: .met, source: a, target: c, status: .occurred, citations: [Citation(source: s)]))
            try b.add(Edge(slug: "odd\(i)", type: .met, source: a, target: c, status: .occurred, citations: [Citation(source: s)],
                           attributes: [EdgeAttribute(name, .text("from the attribute\u{7}"))]))
        }
        let graph = b.build()
        try Self.check(graph, "attributes named date, type, status")
    }

    /// A graph whose DOT passes a few MiB reaches the sink in several chunks, in order.
    @Test func largeGraphsStreamInChunks() throws {
        let graph = try StreamingWriterTests.chunkedGraph()
        let streamed = try Self.streamed(graph)
        #expect(streamed.chunks > 3)
        #expect(streamed.bytes == DOTWriter.write(ExportTable(graph)).files[0].bytes)
    }
}

/// Random hostile slugs, names, kinds of value and repeated details, so that fragments holding a
/// loss are copied many times.
enum DOTHostileGraph {
    static func make(_ generator: inout NameGenerator) throws -> Graph {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "s", file: "f", publisher: "p", published: nil, title: "t"))
        let notes = (0..<3).map { _ in generator.name() }
        var ids: [NodeID] = []
        for i in 0..<30 {
            let slug = generator.next() % 3 == 0 ? "n\(i)" + generator.name() + (i % 4 == 0 ? "\\" : "") : "n\(i)"
            let kind = NodeKind.allCases[Int(generator.next() % UInt64(NodeKind.allCases.count))]
            ids.append(try b.add(Node(slug: slug, kind: kind, name: generator.name(), aliases: i % 2 == 0 ? [notes[i % 3]] : [],
                                      attributes: i % 3 == 0 ? [Attribute(key: "k", value: notes[i % 3])] : [])))
        }
        let types: [EdgeType] = [.met, .supports, .cooperatesWith, .partOf]
        let statuses: [EdgeStatus] = [.occurred, .planned, .ongoing, .historical]
        for i in 0..<120 {
            let slug = generator.next() % 4 == 0 ? "e\(i)" + generator.name() + (i % 3 == 0 ? "\\" : "") : "e\(i)"
            let date = i % 3 == 0 ? DateSpan(FuzzyDate(year: 2020 + i % 3, month: 1 + i % 2, day: nil)!) : nil
            try b.add(Edge(slug: slug, type: types[i % 4], source: ids[Int(generator.next() % 30)], target: ids[Int(generator.next() % 30)],
                           status: statuses[(i / 4) % 4], date: date, topics: i % 2 == 0 ? [notes[i % 3]] : [],
                           citations: [Citation(source: s, paraphrase: i % 5 == 0 ? notes[i % 3] : nil)], note: i % 7 == 0 ? notes[i % 3] : nil,
                           attributes: i % 4 == 1 ? [EdgeAttribute("weight-x", .text(notes[i % 3]))] : []))
        }
        return b.build()
    }
}
