import SummitGraph

/// GraphML 1.0 (valid against the GraphML XML Schema): every key declared with `for`,
/// `attr.name` and `attr.type` (a free edge attribute's own type: `long`, `double`, `boolean`…);
/// edge ids; parallel edges kept; lists and maps as canonical JSON text; a node `label` key that
/// Gephi and yEd show.
///
/// Written from the graph's columns: what elements share (a node's kind and details, an edge's
/// type, status and date, an edge's details) is rendered once and copied, names and ids are
/// escaped straight from the string pools, and nothing is built per element but the bytes.
public enum GraphMLWriter {
    /// `graph` as GraphML, in memory.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: Graph, name: String = "summitgraph") -> ExportResult {
        ExportBytes.inMemory(capacity: 64 * graph.nodeCount + 160 * graph.edgeCount + 4096) { try write(graph, name: name, into: &$0) }
    }

    /// `graph` as GraphML, handed to `sink` a MiB or so at a time, so that memory stays flat
    /// however large the graph.
    /// - Returns: What the format could not hold, as ``ExportResult/losses``.
    /// - Throws: What `sink` throws.
    public static func write(_ graph: Graph, name: String = "summitgraph",
                             to sink: (UnsafeRawBufferPointer) throws -> Void) throws -> [String] {
        try ExportBytes.streamed(to: sink) { try write(graph, name: name, into: &$0) }
    }

    private static let removal = "GraphML cannot hold control characters; removed"

    static func write(_ graph: Graph, name: String, into out: inout ExportBytes) throws -> [String] {
        var log = LossLog()
        let (nodes, edges) = (graph.nodes, graph.edges)
        let (nodeKeys, edgeKeys) = ExportAttributes.keys(of: graph)
        out.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for key in ExportTable.graphKeys {
            out.append("  <key id=\"g_\(key)\" for=\"graph\" attr.name=\"\(key)\" attr.type=\"string\"/>\n")
        }
        for key in nodeKeys { out.append("  <key id=\"n_\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n") }
        for key in edgeKeys {
            let type = ExportAttributes.type(ofEdgeKey: key, in: graph.schema)
            out.append("  <key id=\"e_\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"\(type.rawValue)\"/>\n")
        }
        out.append("  <graph id=\"G\" edgedefault=\"directed\">\n")
        let graphValues = ExportAttributes.graph(name: name, sources: ExportAttributes.sources(of: graph),
                                                 conflicts: ExportAttributes.conflicts(of: graph))
        for (key, value) in graphValues {
            out.append("    <data key=\"g_\(key)\">")
            append(text: value, to: &out, log: &log, at: "graph \(key)")
            out.append("</data>\n")
        }

        // Nodes; each id escaped once, into `ids`, for the edges to copy.
        let ids = EscapedNames(nodes.slugs) { raw, out in XMLText.append(raw, to: &out) }
        var kinds = FragmentMemo<UInt16>(), nodeDetails = FragmentMemo<Int32>()
        for i in 0..<nodes.count {
            out.append("    <node id=\"")
            let removed = ids.append(i, to: &out)
            if removed > 0 { log.note(removal, at: "node id", count: removed) }
            out.append("\"><data key=\"n_label\">")
            let lost = nodes.names.withBytes(i) { XMLText.append($0, to: &out) }
            if lost > 0 { log.note(removal, at: "node '\(nodes.slugs[i])' label", count: lost) }
            out.append("</data>")
            let kind = nodes.kindCodes[i]
            note(kinds.append(kind, to: &out) { piece in
                render([("kind", .text(nodes.kinds[Int(kind)].rawValue))], key: "n_", owner: "node '\(nodes.slugs[i])'", into: &piece, log: &log)
            }, in: &log)
            let code = nodes.detailCodes[i]
            if code >= 0 {
                note(nodeDetails.append(code, to: &out) { piece in
                    render(ExportAttributes.nodeDetails(code: code, in: graph), key: "n_", owner: "node '\(nodes.slugs[i])'", into: &piece, log: &log)
                }, in: &log)
            }
            out.append("</node>\n")
            try out.flushIfFull()
        }

        // Edges: the id, the ends copied from `ids`, the head (type, status, date) and the details.
        var heads = FragmentMemo<EdgeHeadKey>(), edgeDetails = FragmentMemo<Int32>()
        func end(_ node: Int32, _ place: StaticString) {
            let removed = ids.append(Int(node), to: &out)
            if removed > 0 { log.note(removal, at: "\(place)", count: removed) }
        }
        for i in 0..<edges.count {
            out.append("    <edge id=\"")
            if edges.hasSynthesizedSlugs {
                out.append(byte: UInt8(ascii: "e"))
                out.append(decimal: i)
            } else {
                let removed = edges.slugs.withBytes(i) { XMLText.append($0, to: &out) }
                if removed > 0 { log.note(removal, at: "edge id", count: removed) }
            }
            out.append("\" source=\"")
            end(edges.sources[i], "edge source")
            out.append("\" target=\"")
            end(edges.targets[i], "edge target")
            out.append("\">")
            let head = EdgeHeadKey(edge: i, in: edges)
            note(heads.append(head, to: &out) { piece in
                render(ExportAttributes.edgeHead(head, in: graph), key: "e_", owner: "edge '\(edges.slug(at: i))'", into: &piece, log: &log)
            }, in: &log)
            let code = edges.detailCodes[i]
            note(edgeDetails.append(code, to: &out) { piece in
                render(ExportAttributes.edgeDetails(code: code, in: graph), key: "e_", owner: "edge '\(edges.slug(at: i))'", into: &piece, log: &log)
            }, in: &log)
            out.append("</edge>\n")
            try out.flushIfFull()
        }
        out.append("  </graph>\n</graphml>\n")
        return log.lines
    }

    /// What a memoized fragment removed, logged again for each element that repeats it.
    private static func note(_ removed: Int, in log: inout LossLog) {
        if removed > 0 { log.note(removal, at: "", count: removed) }
    }

    /// `<data key="…">value</data>` for each value; what escaping removed is logged here.
    private static func render(_ values: ExportAttributes.List, key prefix: StaticString, owner: String,
                               into piece: inout ExportBytes, log: inout LossLog) -> Int {
        var total = 0
        for (name, value) in values {
            piece.append("<data key=\"")
            piece.append(prefix)
            piece.append(name)
            piece.append("\">")
            total += append(text: value.flattened, to: &piece, log: &log, at: "\(owner) \(name)")
            piece.append("</data>")
        }
        return total
    }

    @discardableResult
    private static func append(text: String, to out: inout ExportBytes, log: inout LossLog, at place: @autoclosure () -> String) -> Int {
        XMLText.append(text, to: &out, log: &log, noting: removal, at: place())
    }
}
