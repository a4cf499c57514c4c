import Foundation
import SummitDataset
import SummitExport
import SummitGraph
@testable import SummitImport
import Testing

@Suite("The bulk GraphML reader reads exactly what the general reader reads")
struct GraphMLBulkReaderTests {
    /// A deterministic GraphML file as NetworkX and others write them, with every value kind read
    /// by name, entities and character references in ids, names and values, non-ASCII text,
    /// self-closing and repeated `<data>`, comments and processing instructions, edges with and
    /// without ids, parallel edges with per-pair keys, and values that are not kept.
    static func generated(seed: UInt64, nodes: Int = 60, edges: Int = 400) -> String {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        // Each id as declared, and as an edge may spell it (the same text, other references).
        let ids: [(declared: String, referred: String)] = (0..<nodes).map { i in
            switch i % 6 {
            case 1: ("Эм\(i)", "Эм\(i)")
            case 2: ("a&amp;b\(i)", "a&#38;b\(i)")
            case 3: ("x&#233;\(i)", "xé\(i)")
            case 4: ("q&quot;\(i)&apos;", "q&#x22;\(i)'")
            case 5: ("a longer node id \(i)", "a longer node id \(i)")
            default: ("n\(i)", "n\(i)")
            }
        }
        var text = "<?xml version='1.0' encoding='utf-8'?>\n<!-- written by a test -->\n"
        text += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        let keys = [("d0", "node", "kind"), ("d1", "node", "name"), ("d2", "node", "label"), ("d3", "node", "club"),
                    ("d4", "edge", "type"), ("d5", "edge", "date"), ("d6", "edge", "status"), ("d7", "edge", "weight"),
                    ("d8", "edge", "label"), ("d9", "edge", "relation"), ("d10", "edge", "key"), ("d11", "edge", "count"),
                    ("d12", "edge", "flag"), ("d13", "edge", "two words")]
        // Free attributes typed as their keys say: weight a double or a string, count a long, flag a boolean.
        let keyTypes = ["weight": seed % 2 == 0 ? "double" : "string", "count": "long", "flag": "boolean"]
        for (id, domain, name) in keys.shuffledDeterministically(next) {
            let type = keyTypes[name] ?? "string"
            text += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type)\"\(next(4) == 0 && type == "string" ? "><default>x &amp; y</default></key>" : " />")\n"
        }
        text += "  <graph edgedefault=\"directed\">\n"
        let kinds = ["actor", "state", "", "&#x41;ctor", "徳"], names = ["Name", "&lt;b&gt; &amp; co", "徳仁 «Эм»", "", "e\u{301} comb"]
        for (i, id) in ids.enumerated() {
            if next(9) == 0 { text += "    <node id='\(id.declared)'/>\n"; continue }
            text += "    <node id=\"\(id.declared)\">"
            text += "<data key=\"d0\">\(kinds[next(kinds.count)])</data>"
            if next(5) == 0 { text += "<data key=\"d0\">state</data>" }  // the last one wins
            switch next(6) {
            case 0: text += "<data key=\"d1\"/>"
            case 1: text += "<data key=\"d2\">Label \(i)</data><data key=\"d1\">Name \(i)</data>"
            case 2: break
            default: text += "<data key=\"d1\">\(names[next(names.count)]) \(i)</data>"
            }
            if next(4) == 0 { text += "<!-- a comment --><data key=\"d3\">Club &#x1F600; \(next(3))</data>" }
            text += "</node>\n"
        }
        let types = ["met", "funds", "", "participates_in", "co&amp;op"], dates = ["", "2024-02-29", "2025-12", "1999", "2025-12-19/2025-12-20"]
        let statuses = ["", "occurred", "planned", "ongoing", "historical", "rumoured"]
        var pairs: [String: Int] = [:]
        for i in 0..<edges {
            let (s, t) = (ids[next(ids.count)].referred, ids[next(ids.count)].referred)
            var tag = "    <edge source=\"\(s)\" target=\"\(t)\""
            switch next(8) {
            case 0: break  // no id: e<index>, or its key value below
            case 1: tag += " id=\"e\(i + next(3))\""
            case 2: tag += " id=\"edge \(i) «\(next(2))»\""
            default:  // NetworkX's per-pair keys
                tag += " id=\"\(pairs[s + "\u{0}" + t, default: 0])\""
                pairs[s + "\u{0}" + t, default: 0] += 1
            }
            if next(10) == 0 { text += tag + " />\n"; continue }
            text += tag + ">\n"
            var data: [String] = []
            if next(6) > 0 { data.append("<data key=\"d4\">\(types[next(types.count)])</data>") } else { data.append("<data key=\"d9\">relates</data>") }
            data.append("<data key=\"d5\">\(dates[next(dates.count)])</data>")
            if next(2) == 0 { data.append("<data key=\"d6\">\(statuses[next(statuses.count)])</data>") }
            if next(3) == 0 { data.append("<data key=\"d7\">\(next(100)).\(next(2) * 5)</data>") }
            if next(4) == 0 { data.append("<data key=\"d11\">\(next(1000) - 500)</data>") }
            if next(4) == 0 { data.append("<data key=\"d12\">\(["true", "False", "1", "0"][next(4)])</data>") }
            if next(9) == 0 { data.append("<data key=\"d13\">dropped</data>") }
            if next(7) == 0 { data.append("<data key=\"d8\">ignored</data>") }
            if next(7) == 0 { data.append("<data key=\"d10\">k\(i)</data>") }
            text += data.map { "      " + $0 + "\n" }.joined() + "    </edge>\n"
        }
        return text + "  </graph>\n</graphml>\n"
    }

    /// Loads `text` as the file `name` through both readers.
    static func load(_ text: String, name: String = "g.graphml", bulk: Bool) -> Result<(graph: Graph, warnings: [String]), ImportError> {
        Result { () throws(ImportError) in try GraphImporter.load(data: Data(text.utf8), name: name, bulk: bulk) }
    }

    static func expectSame(_ text: String, name: String = "g.graphml", sourceLocation: SourceLocation = #_sourceLocation) {
        switch (load(text, name: name, bulk: true), load(text, name: name, bulk: false)) {
        case (.success(let fast), .success(let general)):
            #expect(Array(fast.graph.nodes) == Array(general.graph.nodes), sourceLocation: sourceLocation)
            #expect(Array(fast.graph.edges) == Array(general.graph.edges), sourceLocation: sourceLocation)
            #expect(fast.graph.sources == general.graph.sources, sourceLocation: sourceLocation)
            #expect(fast.warnings == general.warnings, sourceLocation: sourceLocation)
            #expect(fast.graph.nodes.kinds == general.graph.nodes.kinds, sourceLocation: sourceLocation)
            #expect(fast.graph.edges.types == general.graph.edges.types, sourceLocation: sourceLocation)
            #expect(fast.graph.schema == general.graph.schema, sourceLocation: sourceLocation)
            #expect(fast.graph.edges.hasSynthesizedSlugs == general.graph.edges.hasSynthesizedSlugs, sourceLocation: sourceLocation)
        case (.failure(let fast), .failure(let general)):
            #expect(fast.description == general.description, sourceLocation: sourceLocation)
        case (let fast, let general):
            Issue.record("the readers disagree: \(fast) against \(general)", sourceLocation: sourceLocation)
        }
    }

    /// Whether the bulk reader itself takes `text` (rather than leaving it to the general one).
    static func bulkTakes(_ text: String) -> Bool {
        Data(text.utf8).withUnsafeBytes { GraphMLBulkReader.read($0, file: "g.graphml") } != nil
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4, 5])
    func generatedFilesReadTheSame(seed: UInt64) throws {
        let text = Self.generated(seed: seed)
        #expect(Self.bulkTakes(text), "the regular shape is the bulk reader's")
        Self.expectSame(text)
        let graph = try Self.load(text, bulk: true).get().graph
        #expect(graph.nodeCount == 60 && graph.edgeCount == 400)
        #expect(graph.node(slug: "a&b2") != nil && graph.node(slug: "xé3") != nil && graph.node(slug: "q\"4'") != nil)
        #expect(graph.edges.contains { $0.slug.hasSuffix("-1") }, "per-pair keys made unique")
        // The same file with a BOM, with CRLF line ends (between tags only, so read here), with CDATA
        // in a value or a line end inside one (left to the general reader).
        let variants = ["\u{FEFF}" + text, text.replacingOccurrences(of: "\n", with: "\r\n")]
        for variant in variants {
            #expect(Self.bulkTakes(variant))
            Self.expectSame(variant)
        }
        for variant in [text.replacingOccurrences(of: ">Name ", with: "><![CDATA[N&amp;me]]> "),
                        text.replacingOccurrences(of: ">Name ", with: ">Name\r\n")] {
            #expect(!Self.bulkTakes(variant))
            Self.expectSame(variant)
        }
    }

    @Test(arguments: ["karate.networkx.graphml", "multi.networkx.graphml", "bomb.graphml", "dangling.graphml",
                      "duplicate-node.graphml", "empty.graphml", "invalid-utf8.graphml", "lt-in-attribute.graphml",
                      "truncated.graphml", "two-graphs.graphml", "undeclared-key.graphml", "unknown-entity.graphml",
                      "unquoted-attribute.graphml", "xxe.graphml", "wrong-root.xml"])
    func fixturesReadTheSame(_ file: String) throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: fixture(file))), as: UTF8.self)
        Self.expectSame(text, name: fixture(file))
    }

    @Test func networkXFixturesTakeTheBulkReader() throws {
        for file in ["karate.networkx.graphml", "multi.networkx.graphml"] {
            #expect(Self.bulkTakes(String(decoding: try Data(contentsOf: URL(fileURLWithPath: fixture(file))), as: UTF8.self)), "\(file)")
        }
    }

    @Test func nodeLookupFindsShortAndLongSlugsByTheirBytes() {
        var builder = GraphBuilder(), lookup = NodeLookup()
        let slugs = ["", "a", "abcdefgh", "abcdefghi", "abcdefghj", "abcdefgh\u{0}", "Эмомали Рахмон"] + (0..<300).map { "n\($0)" }
        for slug in slugs {
            var text = slug
            text.withUTF8 { raw in
                let bytes = UnsafeRawBufferPointer(raw)
                if let node = builder.addNode(slug: bytes, name: bytes, kind: 0) { lookup.add(node, slug: bytes, in: builder) }
            }
        }
        let graph = builder.build()
        for slug in slugs + ["abcdefg", "abcdefghk", "n300", "abcdefgh\u{0}\u{0}"] {
            var text = slug, nodes: [Int32] = []
            let found = text.withUTF8 { lookup.nodes([UnsafeRawBufferPointer($0)], in: builder, into: &nodes) }
            #expect((found ? nodes.first.map { NodeID(Int($0)) } : nil) == graph.node(slug: slug), "\(slug.debugDescription)")
        }
        var nodes: [Int32] = [], all: [UInt8] = [], ranges: [Range<Int>] = []
        for slug in slugs {
            ranges.append(all.count..<all.count + slug.utf8.count)
            all += Array(slug.utf8)
        }
        let found = all.withUnsafeBytes { raw in
            lookup.nodes(ranges.map { UnsafeRawBufferPointer(rebasing: raw[$0]) }, in: builder, into: &nodes)
        }
        #expect(found && nodes == Array(0..<Int32(slugs.count)), "all at once")
    }

    @Test func summitgraphExportsReadTheSame() throws {
        let seeds = try DatasetLoader.load(directory: root.appendingPathComponent("seeds").path)
        Self.expectSame(ExportFormat.graphml.write(seeds).files[0].text)
    }
}

extension Array {
    /// The elements in an order `next` picks, the same for the same `next`.
    func shuffledDeterministically(_ next: (Int) -> Int) -> [Element] {
        var items = self, out: [Element] = []
        while !items.isEmpty { out.append(items.remove(at: next(items.count))) }
        return out
    }
}
