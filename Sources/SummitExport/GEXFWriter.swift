import SummitGraph

/// GEXF 1.3 for Gephi: typed attribute declarations, the edge type as the edge's `kind`, and
/// each dated edge's date as a spell, so Gephi's timeline can play the graph.
///
/// Written from the graph's columns like ``GraphMLWriter``: what elements share (a kind, node
/// details, an edge's type, status and date, edge details, a spell) is rendered once and copied,
/// and ids are escaped once from the string pools.
public enum GEXFWriter {
    /// `graph` as GEXF, in memory.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: Graph, name: String = "summitgraph") -> ExportResult {
        ExportBytes.inMemory(capacity: 96 * graph.nodeCount + 200 * graph.edgeCount + 4096) { try write(graph, name: name, into: &$0) }
    }

    /// `graph` as GEXF, handed to `sink` a MiB or so at a time.
    /// - Returns: What the format could not hold, as ``ExportResult/losses``.
    /// - Throws: What `sink` throws.
    public static func write(_ graph: Graph, name: String = "summitgraph",
                             to sink: (UnsafeRawBufferPointer) throws -> Void) throws -> [String] {
        try ExportBytes.streamed(to: sink) { try write(graph, name: name, into: &$0) }
    }

    static let removal = "GEXF cannot hold control characters; removed"

    static func write(_ graph: Graph, name: String, into out: inout ExportBytes) throws -> [String] {
        var log = LossLog()
        let (nodes, edges) = (graph.nodes, graph.edges)
        let keys = ExportAttributes.keys(of: graph)
        out.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>summitgraph</creator><description>
            """)
        append(text: name, to: &out, log: &log, at: "graph name", inAttribute: false)
        out.append("</description></meta>\n  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n")
        out.append("    <attributes class=\"node\">\n")
        for key in keys.node where key != "label" { out.append("      <attribute id=\"\(key)\" title=\"\(key)\" type=\"string\"/>\n") }
        out.append("    </attributes>\n    <attributes class=\"edge\">\n")
        for key in keys.edge where key != "label" {
            let type = ExportAttributes.type(ofEdgeKey: key, in: graph.schema)
            out.append("      <attribute id=\"\(key)\" title=\"\(key)\" type=\"\(type == .int ? "integer" : type.rawValue)\"/>\n")
        }
        out.append("    </attributes>\n    <nodes>\n")

        let ids = EscapedNames(nodes.slugs) { raw, out in XMLText.append(raw, to: &out, inAttribute: true) }
        var kinds = FragmentMemo<UInt16>(), nodeDetails = FragmentMemo<Int32>()
        for i in 0..<nodes.count {
            out.append("      <node id=\"")
            note(ids.append(i, to: &out), at: "node id", in: &log)
            out.append("\" label=\"")
            note(nodes.names.withBytes(i) { XMLText.append($0, to: &out, inAttribute: true) }, at: "node '\(nodes.slugs[i])' label", in: &log)
            out.append("\"><attvalues>")
            let kind = nodes.kindCodes[i]
            note(kinds.append(kind, to: &out) { piece in
                render([("kind", .text(nodes.kinds[Int(kind)].rawValue))], owner: "node '\(nodes.slugs[i])'", into: &piece, log: &log)
            }, at: "", in: &log)
            let code = nodes.detailCodes[i]
            if code >= 0 {
                note(nodeDetails.append(code, to: &out) { piece in
                    render(ExportAttributes.nodeDetails(code: code, in: graph), owner: "node '\(nodes.slugs[i])'", into: &piece, log: &log)
                }, at: "", in: &log)
            }
            out.append("</attvalues></node>\n")
            try out.flushIfFull()
        }
        out.append("    </nodes>\n    <edges>\n")

        // Each edge: id and ends, then its head (kind, label, and the type, status and date
        // values), its details, and its date's spell, each rendered once per distinct value.
        var heads = FragmentMemo<EdgeHeadKey>(), edgeDetails = FragmentMemo<Int32>(), spells = FragmentMemo<UInt64>()
        for i in 0..<edges.count {
            out.append("      <edge id=\"")
            if edges.hasSynthesizedSlugs {
                out.append(byte: UInt8(ascii: "e"))
                out.append(decimal: i)
            } else {
                note(edges.slugs.withBytes(i) { XMLText.append($0, to: &out, inAttribute: true) }, at: "edge id", in: &log)
            }
            out.append("\" source=\"")
            note(ids.append(Int(edges.sources[i]), to: &out), at: "edge source", in: &log)
            out.append("\" target=\"")
            note(ids.append(Int(edges.targets[i]), to: &out), at: "edge target", in: &log)
            let head = EdgeHeadKey(edge: i, in: edges)
            note(heads.append(head, to: &out) { piece in
                renderHead(ExportAttributes.edgeHead(head, in: graph), owner: "edge '\(edges.slug(at: i))'", into: &piece, log: &log)
            }, at: "", in: &log)
            let code = edges.detailCodes[i]
            note(edgeDetails.append(code, to: &out) { piece in
                render(ExportAttributes.edgeDetails(code: code, in: graph), owner: "edge '\(edges.slug(at: i))'", into: &piece, log: &log)
            }, at: "", in: &log)
            out.append("</attvalues>")
            if let date = DateSpan(packed: edges.dates[i]) {
                _ = spells.append(edges.dates[i], to: &out) { piece in
                    piece.append("<spells><spell start=\"\(day(date.firstDay))\" end=\"\(day(date.lastDay))\"/></spells>")
                    return 0
                }
            }
            out.append("</edge>\n")
            try out.flushIfFull()
        }
        out.append("    </edges>\n  </graph>\n</gexf>\n")
        return log.lines
    }

    /// What escaping removed from a value written here or copied from a fragment (`at: ""`:
    /// the first place was noted when the fragment was rendered).
    private static func note(_ removed: Int, at place: @autoclosure () -> String, in log: inout LossLog) {
        if removed > 0 { log.note(removal, at: place(), count: removed) }
    }

    /// An edge's head: `" kind="TYPE" label="LABEL"><attvalues>` (closing the target's quote) and
    /// its values but the label.
    private static func renderHead(_ values: ExportAttributes.List, owner: String, into piece: inout ExportBytes,
                                   log: inout LossLog) -> Int {
        let type = values.first { $0.name == "type" }?.value.flattened ?? ""
        let label = values.first { $0.name == "label" }?.value.flattened ?? type
        piece.append("\" kind=\"")
        var removed = append(text: type, to: &piece, log: &log, at: "edge kind")
        piece.append("\" label=\"")
        removed += append(text: label, to: &piece, log: &log, at: "edge label")
        piece.append("\"><attvalues>")
        return removed + render(values, owner: owner, into: &piece, log: &log)
    }

    /// `<attvalue for="…" value="…"/>` for each value but the label.
    private static func render(_ values: ExportAttributes.List, owner: String, into piece: inout ExportBytes,
                               log: inout LossLog) -> Int {
        var total = 0
        for (name, value) in values where name != "label" {
            piece.append("<attvalue for=\"")
            piece.append(name)
            piece.append("\" value=\"")
            total += append(text: value.flattened, to: &piece, log: &log, at: "\(owner) \(name)")
            piece.append("\"/>")
        }
        return total
    }

    @discardableResult
    private static func append(text: String, to out: inout ExportBytes, log: inout LossLog,
                               at place: @autoclosure () -> String, inAttribute: Bool = true) -> Int {
        XMLText.append(text, to: &out, inAttribute: inAttribute, log: &log, noting: removal, at: place())
    }

    /// `YYYY-MM-DD` for a day number (days since 1970-01-01).
    static func day(_ number: Int) -> String {
        FuzzyDate(dayNumber: number)?.description ?? "day \(number)"
    }
}
