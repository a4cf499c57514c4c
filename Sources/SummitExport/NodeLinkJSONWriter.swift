import SummitGraph

/// NetworkX node-link JSON (`networkx.node_link_graph(data, edges="edges")`): directed multigraph,
/// an explicit `"edges"` list, each edge's id as its `key`, every value native JSON. Nothing is lost.
///
/// Written from the graph's columns as ``GraphMLWriter`` writes: shared values rendered once and
/// copied, ids and names quoted straight from the string pools, streamed a MiB at a time.
public enum NodeLinkJSONWriter {
    /// `graph` as node-link JSON, in memory.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: Graph, name: String = "summitgraph") -> ExportResult {
        ExportBytes.inMemory(capacity: 64 * graph.nodeCount + 200 * graph.edgeCount + 4096) { try write(graph, name: name, into: &$0); return [] }
    }

    /// `graph` as node-link JSON, handed to `sink` a MiB or so at a time.
    /// - Throws: What `sink` throws.
    public static func write(_ graph: Graph, name: String = "summitgraph", to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        _ = try ExportBytes.streamed(to: sink) { try write(graph, name: name, into: &$0); return [] }
    }

    static func write(_ graph: Graph, name: String, into out: inout ExportBytes) throws {
        let (nodes, edges) = (graph.nodes, graph.edges)
        out.append("{\n  \"directed\": true,\n  \"multigraph\": true,\n")
        out.append("  \"graph\": {\"name\": \(JSONText.quoted(name)), \"sources\": \(JSONTree.array(ExportAttributes.sources(of: graph)).canonical), ")
        out.append("\"conflicts\": \(JSONTree.array(ExportAttributes.conflicts(of: graph)).canonical)},\n")
        out.append("  \"nodes\": [\n")
        let ids = EscapedNames(nodes.slugs) { raw, out in JSONText.appendQuoted(raw, to: &out); return 0 }
        var kinds = FragmentMemo<UInt16>(), nodeDetails = FragmentMemo<Int32>()
        for i in 0..<nodes.count {
            out.append(i == 0 ? "    {\"id\": " : ",\n    {\"id\": ")
            _ = ids.append(i, to: &out)
            out.append(", \"label\": ")
            nodes.names.withBytes(i) { JSONText.appendQuoted($0, to: &out) }
            let kind = nodes.kindCodes[i]
            _ = kinds.append(kind, to: &out) { piece in piece.append(", \"kind\": " + JSONText.quoted(nodes.kinds[Int(kind)].rawValue)); return 0 }
            let code = nodes.detailCodes[i]
            if code >= 0 {
                _ = nodeDetails.append(code, to: &out) { piece in
                    piece.append(JSONText.members(ExportAttributes.nodeDetails(code: code, in: graph)))
                    return 0
                }
            }
            out.append(byte: UInt8(ascii: "}"))
            try out.flushIfFull()
        }
        out.append(nodes.isEmpty ? "  ],\n  \"edges\": [\n" : "\n  ],\n  \"edges\": [\n")
        var heads = FragmentMemo<EdgeHeadKey>(), edgeDetails = FragmentMemo<Int32>()
        for i in 0..<edges.count {
            out.append(i == 0 ? "    {\"source\": " : ",\n    {\"source\": ")
            _ = ids.append(Int(edges.sources[i]), to: &out)
            out.append(", \"target\": ")
            _ = ids.append(Int(edges.targets[i]), to: &out)
            out.append(", \"key\": ")
            if edges.hasSynthesizedSlugs {
                out.append("\"e")
                out.append(decimal: i)
                out.append(byte: UInt8(ascii: "\""))
            } else {
                edges.slugs.withBytes(i) { JSONText.appendQuoted($0, to: &out) }
            }
            let head = EdgeHeadKey(edge: i, in: edges)
            _ = heads.append(head, to: &out) { piece in piece.append(JSONText.members(ExportAttributes.edgeHead(head, in: graph))); return 0 }
            let code = edges.detailCodes[i]
            _ = edgeDetails.append(code, to: &out) { piece in
                piece.append(JSONText.members(ExportAttributes.edgeDetails(code: code, in: graph)))
                return 0
            }
            out.append(byte: UInt8(ascii: "}"))
            try out.flushIfFull()
        }
        out.append(edges.isEmpty ? "  ]\n}\n" : "\n  ]\n}\n")
    }
}
