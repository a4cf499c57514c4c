/// Graphviz DOT: a `digraph` (never `strict`, which would merge parallel edges), every id and
/// value quoted, labels escaped as escStrings, node style per kind, edge colour per type and
/// line style per status, labels with dates, SVG tooltips with each edge's date, status and sources.
public enum DOTWriter {
    public struct Options: Sendable {
        /// Draw a key of node kinds, edge types and statuses (as the graph's HTML label; it adds no node).
        public var legend = false
        /// Group nodes into boxes by the state or initiative they belong to.
        public var clusterBy: Clustering?
        /// Add a node's first alias in a non-Latin script (Cyrillic, Japanese…) as a second label line.
        public var nativeNames = false
        public var rankdir = "LR"
        public init(legend: Bool = false, clusterBy: Clustering? = nil, nativeNames: Bool = false) {
            self.legend = legend
            self.clusterBy = clusterBy
            self.nativeNames = nativeNames
        }
    }

    /// - Complexity: O(size of the output).
    public static func write(_ table: ExportTable, options: Options = Options()) -> ExportResult {
        var log = LossLog()
        let font = MapStyle.font
        var out = "digraph \(DOTText.plain(table.name) ?? "\"summitgraph\"") {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\"\(options.rankdir)\", fontname=\"\(font)\", newrank=\"true\", outputorder=\"edgesfirst\""
        if options.legend { out += ", labelloc=\"b\", labeljust=\"l\", label=<\(Legend.html(for: table))>" }
        out += "];\n"
        out += "  node [fontname=\"\(font)\", fontsize=\"11\", style=\"filled\", penwidth=\"0.8\"];\n"
        out += "  edge [fontname=\"\(font)\", fontsize=\"8\", arrowsize=\"0.6\"];\n"
        let clusters = options.clusterBy.map { Clustering.assign(table, by: $0) } ?? [:]
        var byCluster: [String: [ExportTable.Element]] = [:]
        var loose: [ExportTable.Element] = []
        for node in table.nodes {
            if let cluster = clusters[node.id] { byCluster[cluster, default: []].append(node) } else { loose.append(node) }
        }
        for node in loose { out += "  " + nodeLine(node, in: table, native: options.nativeNames, log: &log) }
        for cluster in byCluster.keys.sorted() {
            let title = table.nodes.first { $0.id == cluster }.flatMap { $0["label"]?.flattened } ?? cluster
            out += "  subgraph \(DOTText.plain("cluster_" + cluster) ?? "\"cluster\"") {\n"
            out += "    label=\(DOTText.escString(title, at: "cluster", log: &log)); style=\"rounded\"; color=\"#bbbbbb\";\n"
            for node in byCluster[cluster] ?? [] { out += "    " + nodeLine(node, in: table, native: options.nativeNames, log: &log) }
            out += "  }\n"
        }
        for edge in table.edges { out += "  " + edgeLine(edge, in: table, log: &log) }
        out += "}\n"
        return ExportResult(files: [("", out)], losses: log.lines)
    }

    private static func nodeLine(_ node: ExportTable.Element, in table: ExportTable, native: Bool, log: inout LossLog) -> String {
        let kind = node["kind"]?.flattened ?? ""
        let style = MapStyle.node(kind, in: table.schema)
        let aliases: [String] = if case .list(let items)? = node["aliases"] { items } else { [] }
        let name = node["label"]?.flattened ?? node.id
        let script = native ? aliases.first { $0.unicodeScalars.contains { $0.value >= 0x0400 && !(0x2000...0x206F).contains($0.value) } } : nil
        let label = name + (script.map { "\n" + $0 } ?? "")
        let tooltip = "\(name) (\(kind))" + (aliases.isEmpty ? "" : "\nalso: " + aliases.joined(separator: "; "))
        var parts = ["label=\(DOTText.label(label, at: "node '\(node.id)' label", log: &log))"]
        parts += attributes(node.attributes.filter { $0.name != "label" }, owner: "node '\(node.id)'", log: &log)
        parts += ["shape=\"\(style.shape)\"", "fillcolor=\"\(style.fill)\"",
                  "tooltip=\(DOTText.escString(tooltip, at: "node '\(node.id)' tooltip", log: &log))"]
        return "\(quotedID(node.id, log: &log)) [\(parts.joined(separator: ", "))];\n"
    }

    private static func edgeLine(_ edge: ExportTable.Link, in table: ExportTable, log: inout LossLog) -> String {
        let type = edge["type"]?.flattened ?? ""
        let status = edge["status"]?.flattened ?? ""
        let date = edge["date"]?.flattened
        let label = edge["label"]?.flattened ?? type
        let sources: [String] = if case .list(let items)? = edge["sources"] { items } else { [] }
        let tooltip = [type, date, status].compactMap { $0 }.joined(separator: " · ") + "\nsources: " + sources.joined(separator: ", ")
        var parts = ["id=\(quotedID(edge.id, log: &log))", "label=\(DOTText.label(label, at: "edge '\(edge.id)' label", log: &log))"]
        let values = edge.attributes.filter { $0.name != "label" }.map { table.isAttribute($0.name) ? (attributeName($0.name), $0.value) : $0 }
        parts += attributes(values, owner: "edge '\(edge.id)'", log: &log)
        let color = MapStyle.edgeColor(type, in: table.schema)
        parts += ["color=\"\(color)\"", "fontcolor=\"\(color)\"", "style=\"\(MapStyle.edgeStyle(status, in: table.schema))\"",
                  "tooltip=\(DOTText.escString(tooltip, at: "edge '\(edge.id)' tooltip", log: &log))"]
        return "\(quotedID(edge.source, log: &log)) -> \(quotedID(edge.target, log: &log)) [\(parts.joined(separator: ", "))];\n"
    }

    /// Data attributes, as plain DOT strings; a value DOT cannot hold exactly is left out and logged.
    private static func attributes(_ values: [(name: String, value: ExportValue)], owner: String,
                                   log: inout LossLog) -> [String] {
        values.compactMap { name, value in
            let text = value.flattened
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" }) {
                log.note("DOT cannot hold control characters; removed", at: "\(owner) \(name)")
            }
            guard let quoted = DOTText.plain(text) else {
                log.note("DOT cannot hold a backslash before a quote or at the end of a value; left out", at: "\(owner) \(name)")
                return nil
            }
            return "\(name)=\(quoted)"
        }
    }

    /// A free attribute's name in DOT: `attr_NAME`, since Graphviz gives meanings to names such as
    /// `weight`, `color` or `len`; a character other than a letter, digit or `_` is written `_XX_`
    /// (its hex code), so the name is a plain DOT id (`note-2` → `attr_note_2d_2`).
    static func attributeName(_ name: String) -> String {
        "attr_" + name.unicodeScalars.map { c in
            c.properties.isASCIIHexDigit || ("g"..."z").contains(c) || ("G"..."Z").contains(c) || c == "_"
                ? String(c) : "_" + String(c.value, radix: 16) + "_"
        }.joined()
    }

    private static func quotedID(_ id: String, log: inout LossLog) -> String {
        if let quoted = DOTText.plain(id) { return quoted }
        log.note("DOT cannot hold an id ending in a backslash; a space was added", at: id)
        return DOTText.plain(id + " ") ?? "\"\""
    }
}
