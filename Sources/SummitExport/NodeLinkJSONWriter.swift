/// NetworkX node-link JSON (`networkx.node_link_graph(data, edges="edges")`): directed multigraph,
/// an explicit `"edges"` list, each edge's id as its `key`, every value native JSON. Nothing is lost.
public enum NodeLinkJSONWriter {
    /// - Complexity: O(size of the output).
    public static func write(_ table: ExportTable) -> ExportResult {
        var out = "{\n  \"directed\": true,\n  \"multigraph\": true,\n"
        out += "  \"graph\": {\"name\": \(JSONText.quoted(table.name)), \"sources\": \(JSONTree.array(table.sources).canonical), "
        out += "\"conflicts\": \(JSONTree.array(table.conflicts).canonical)},\n"
        out += "  \"nodes\": [\n"
        out += table.nodes.map { node in
            "    {\"id\": \(JSONText.quoted(node.id))" + JSONText.members(node.attributes) + "}"
        }.joined(separator: ",\n")
        out += table.nodes.isEmpty ? "  ],\n" : "\n  ],\n"
        out += "  \"edges\": [\n"
        out += table.edges.map { edge in
            "    {\"source\": \(JSONText.quoted(edge.source)), \"target\": \(JSONText.quoted(edge.target)), "
                + "\"key\": \(JSONText.quoted(edge.id))" + JSONText.members(edge.attributes) + "}"
        }.joined(separator: ",\n")
        out += table.edges.isEmpty ? "  ]\n}\n" : "\n  ]\n}\n"
        return ExportResult(files: [("", out)], losses: [])
    }

}
