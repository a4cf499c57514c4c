/// GraphML 1.0 (valid against the GraphML XML Schema): every key declared with `for`,
/// `attr.name` and `attr.type`; edge ids; parallel edges kept; lists and maps as canonical JSON
/// text; a node `label` key that Gephi and yEd show.
public enum GraphMLWriter {
    /// - Complexity: O(size of the output).
    public static func write(_ table: ExportTable) -> ExportResult {
        var log = LossLog()
        func xml(_ text: String, _ place: @autoclosure () -> String) -> String {
            XMLText.escaped(text, at: place(), log: &log, format: "GraphML")
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let nodeKeys = ExportTable.nodeKeys.filter { key in table.nodes.contains { $0[key] != nil } }
        let edgeKeys = ExportTable.edgeKeys.filter { key in table.edges.contains { $0[key] != nil } }
        for key in ExportTable.graphKeys {
            out += "  <key id=\"g_\(key)\" for=\"graph\" attr.name=\"\(key)\" attr.type=\"string\"/>\n"
        }
        for key in nodeKeys { out += "  <key id=\"n_\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n" }
        for key in edgeKeys { out += "  <key id=\"e_\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"string\"/>\n" }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for (name, value) in table.graphAttributes {
            out += "    <data key=\"g_\(name)\">\(xml(value, "graph \(name)"))</data>\n"
        }
        for node in table.nodes {
            out += "    <node id=\"\(xml(node.id, "node id"))\">"
            for (name, value) in node.attributes {
                out += "<data key=\"n_\(name)\">\(xml(value.flattened, "node '\(node.id)' \(name)"))</data>"
            }
            out += "</node>\n"
        }
        for edge in table.edges {
            out += "    <edge id=\"\(xml(edge.id, "edge id"))\" source=\"\(xml(edge.source, "edge source"))\" target=\"\(xml(edge.target, "edge target"))\">"
            for (name, value) in edge.attributes {
                out += "<data key=\"e_\(name)\">\(xml(value.flattened, "edge '\(edge.id)' \(name)"))</data>"
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return ExportResult(files: [("", out)], losses: log.lines)
    }
}
