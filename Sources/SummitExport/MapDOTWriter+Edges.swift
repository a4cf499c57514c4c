import SummitGraph

extension MapDOTWriter {
    /// How many areas a merged edge's label names before "+N".
    static let labelAreas = 3

    /// The table's edges in drawing order, parallel ones merged: edges of one type between one
    /// pair of nodes (either way round for a symmetric type such as `met`) are one bundle, drawn as
    /// one edge, placed where its first member is.
    /// - Complexity: O(*E*).
    static func bundles(of table: ExportTable) -> [[ExportTable.Link]] {
        var bundles: [[ExportTable.Link]] = []
        var index: [String: Int] = [:]
        for edge in table.edges {
            let type = edge["type"]?.flattened ?? ""
            let symmetric = table.schema.rule(for: EdgeType(unchecked: type))?.isSymmetric ?? false
            let ends = symmetric && edge.target < edge.source ? [edge.target, edge.source] : [edge.source, edge.target]
            let key = ([type] + ends).joined(separator: "\u{0}")
            if let i = index[key] { bundles[i].append(edge) } else { index[key] = bundles.count; bundles.append([edge]) }
        }
        return bundles
    }

    /// One drawn edge. One member: labelled as it is (type and date). Several: labelled with the
    /// type, how many, and the areas they carry (else their dates), up to ``labelAreas`` then "+N"; the line style is the first member's status's.
    /// The tooltip has each member's date, status, areas, title, role, topics and sources.
    static func edgeLine(_ bundle: [ExportTable.Link], in table: ExportTable, names: [String: String], log: inout LossLog) -> String {
        let first = bundle[0]
        let type = first["type"]?.flattened ?? ""
        let statuses = unique(bundle.map { $0["status"]?.flattened ?? "" })
        let look = MapPalette.edge(type, in: table.schema)
        let label: String, tooltip: String
        if bundle.count == 1 {
            label = first["label"]?.flattened ?? type
            tooltip = [type, first["date"]?.flattened, statuses[0]].compactMap { $0 }.joined(separator: " · ") + "\n" + details(of: first)
        } else {
            // What they carry: their areas, else (meetings, visits) their dates.
            let areas = unique(bundle.flatMap { list($0["areas"]) })
            let carried = areas.isEmpty ? unique(bundle.compactMap { $0["date"]?.flattened }) : areas
            let shown = carried.prefix(labelAreas).joined(separator: ", ") + (carried.count > labelAreas ? " +\(carried.count - labelAreas)" : "")
            label = "\(type) ×\(bundle.count)" + (shown.isEmpty ? "" : "\n" + shown)
            let between = "\(names[first.source] ?? first.source) – \(names[first.target] ?? first.target)"
            tooltip = "\(type) ×\(bundle.count), \(between)" + bundle.map { edge in
                "\n• " + [edge["date"]?.flattened ?? "undated", edge["status"]?.flattened ?? ""].joined(separator: " · ")
                    + "\n   " + details(of: edge).replacingOccurrences(of: "\n", with: "\n   ")
            }.joined()
        }
        let place = "edge '\(first.id)'"
        let parts = [
            "id=\(DOTText.escString(edgeSVGID(first.id), at: "\(place) id", log: &log))",
            "class=\"\(([cssClass("type", type)] + statuses.map { cssClass("status", $0) }).joined(separator: " "))\"",
            "label=\(DOTText.label(label, at: "\(place) label", log: &log))",
            "color=\"\(look.color)\"", "fontcolor=\"\(look.color)\"", "arrowhead=\"\(look.arrowhead)\"",
            MapPalette.line(statuses[0], in: table.schema),
            "tooltip=\(DOTText.escString(tooltip, at: "\(place) tooltip", log: &log))",
        ]
        return "\(quotedID(first.source)) -> \(quotedID(first.target)) [\(parts.joined(separator: ", "))];\n"
    }

    /// An edge's areas, title, role, topics (the lines it has) and sources, one per line.
    private static func details(of edge: ExportTable.Link) -> String {
        var lines: [String] = []
        if case let areas = list(edge["areas"]), !areas.isEmpty { lines.append("areas: " + areas.joined(separator: ", ")) }
        if let title = edge["title"]?.flattened { lines.append("title: " + title) }
        if let role = edge["role"]?.flattened { lines.append("role: " + role) }
        if case let topics = list(edge["topics"]), !topics.isEmpty { lines.append("topics: " + topics.joined(separator: ", ")) }
        lines.append("sources: " + list(edge["sources"]).joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    private static func list(_ value: ExportValue?) -> [String] {
        switch value {
        case .list(let items)?: items
        case let value?: [value.flattened]
        case nil: []
        }
    }

    /// `values` without repeats, in first-seen order.
    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
