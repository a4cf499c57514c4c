/// Cytoscape.js elements (`.cyjs`, also read by Cytoscape desktop): `data` per element, ids
/// unique across nodes and edges (an edge id equal to a node id gets the suffix `#edge`).
public enum CytoscapeWriter {
    /// - Complexity: O(size of the output).
    public static func write(_ table: ExportTable) -> ExportResult {
        let nodeIDs = Set(table.nodes.map(\.id))
        var log = LossLog()
        var out = "{\n  \"format_version\": \"1.0\",\n  \"generated_by\": \"summitgraph\",\n  \"target_cytoscapejs_version\": \"~3\",\n"
        out += "  \"data\": {\"name\": \(JSONText.quoted(table.name)), \"sources\": \(JSONTree.array(table.sources).canonical), "
        out += "\"conflicts\": \(JSONTree.array(table.conflicts).canonical)},\n"
        out += "  \"elements\": {\n    \"nodes\": [\n"
        out += table.nodes.map { node in
            "      {\"data\": {\"id\": \(JSONText.quoted(node.id))" + JSONText.members(node.attributes) + "}}"
        }.joined(separator: ",\n")
        out += (table.nodes.isEmpty ? "" : "\n") + "    ],\n    \"edges\": [\n"
        out += table.edges.map { edge in
            var id = edge.id
            if nodeIDs.contains(id) {
                id += "#edge"
                log.note("Cytoscape ids are shared by nodes and edges; an edge id equal to a node id got '#edge'", at: edge.id)
            }
            return "      {\"data\": {\"id\": \(JSONText.quoted(id)), \"source\": \(JSONText.quoted(edge.source)), "
                + "\"target\": \(JSONText.quoted(edge.target))" + JSONText.members(edge.attributes) + "}}"
        }.joined(separator: ",\n")
        out += (table.edges.isEmpty ? "" : "\n") + "    ]\n  }\n}\n"
        return ExportResult(files: [("", out)], losses: log.lines)
    }

}
