import SummitGraph

/// The map's key, as a Graphviz HTML-like table: node kinds with their shape and colour,
/// edge types in their colour, and line styles per status, in the schema's order. Only what the
/// map contains, and the map style draws, is listed.
enum Legend {
    static func html(for table: ExportTable) -> String {
        let kinds = Set(table.nodes.compactMap { $0["kind"]?.flattened })
        let types = Set(table.edges.compactMap { $0["type"]?.flattened })
        let statuses = Set(table.edges.compactMap { $0["status"]?.flattened })
        let schema = table.schema
        var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Key</B></TD></TR>"
        for (kind, style) in zip(schema.kinds.map(\.kind.rawValue), MapStyle.nodeStyles) where kinds.contains(kind) {
            rows += "<TR><TD BGCOLOR=\"\(style.fill)\" BORDER=\"1\">   </TD><TD ALIGN=\"LEFT\">\(kind) (\(style.shape))</TD></TR>"
        }
        for (type, color) in zip(schema.types.map(\.type.rawValue), MapStyle.edgeColors) where types.contains(type) {
            rows += "<TR><TD><FONT COLOR=\"\(color)\"><B>———</B></FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(color)\">\(type)</FONT></TD></TR>"
        }
        for (status, style) in zip(schema.statuses.map(\.name.rawValue), MapStyle.statusStyles) where statuses.contains(status) {
            let sample = ["solid": "———", "dashed": "– – –", "dotted": "· · · ·"][style] ?? "———"
            rows += "<TR><TD>\(sample)</TD><TD ALIGN=\"LEFT\">\(status)</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">\(rows)</TABLE>"
    }
}
