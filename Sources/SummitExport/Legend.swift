/// The map's key, as a Graphviz HTML-like table: node kinds with their shape and colour,
/// edge types in their colour, and line styles per status. Only what the map contains is listed.
enum Legend {
    static func html(for table: ExportTable) -> String {
        let kinds = Set(table.nodes.compactMap { $0["kind"]?.flattened })
        let types = Set(table.edges.compactMap { $0["type"]?.flattened })
        let statuses = Set(table.edges.compactMap { $0["status"]?.flattened })
        var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Key</B></TD></TR>"
        for style in MapStyle.nodeStyles where kinds.contains(style.kind) {
            rows += "<TR><TD BGCOLOR=\"\(style.fill)\" BORDER=\"1\">   </TD><TD ALIGN=\"LEFT\">\(style.kind) (\(style.shape))</TD></TR>"
        }
        for color in MapStyle.edgeColors where types.contains(color.type) {
            rows += "<TR><TD><FONT COLOR=\"\(color.color)\"><B>———</B></FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(color.color)\">\(color.type)</FONT></TD></TR>"
        }
        for status in MapStyle.statusStyles where statuses.contains(status.status) {
            let sample = ["solid": "———", "dashed": "– – –", "dotted": "· · · ·"][status.style] ?? "———"
            rows += "<TR><TD>\(sample)</TD><TD ALIGN=\"LEFT\">\(status.status)</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">\(rows)</TABLE>"
    }
}
