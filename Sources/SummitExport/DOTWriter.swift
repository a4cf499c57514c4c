import SummitGraph

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
        var out = preamble(name: table.name, rankdir: options.rankdir, legend: options.legend ? Legend.html(for: table) : nil)
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

    /// The `digraph` line and the graph, node and edge defaults.
    static func preamble(name: String, rankdir: String = Options().rankdir, legend: String? = nil) -> String {
        let font = MapStyle.font
        var out = "digraph \(DOTText.plain(name) ?? "\"summitgraph\"") {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\"\(rankdir)\", fontname=\"\(font)\", newrank=\"true\", outputorder=\"edgesfirst\""
        if let legend { out += ", labelloc=\"b\", labeljust=\"l\", label=<\(legend)>" }
        out += "];\n"
        out += "  node [fontname=\"\(font)\", fontsize=\"11\", style=\"filled\", penwidth=\"0.8\"];\n"
        return out + "  edge [fontname=\"\(font)\", fontsize=\"8\", arrowsize=\"0.6\"];\n"
    }

    private static func nodeLine(_ node: ExportTable.Element, in table: ExportTable, native: Bool, log: inout LossLog) -> String {
        let kind = node["kind"]?.flattened ?? ""
        let aliases: [String] = if case .list(let items)? = node["aliases"] { items } else { [] }
        let name = node["label"]?.flattened ?? node.id
        let script = native ? aliases.first { $0.unicodeScalars.contains { $0.value >= 0x0400 && !(0x2000...0x206F).contains($0.value) } } : nil
        let label = name + (script.map { "\n" + $0 } ?? "")
        let tooltip = name + kindNote(kind) + alsoKnownAs(aliases)
        var parts = ["label=\(DOTText.label(label, at: "node '\(node.id)' label", log: &log))"]
        parts += attributes(node.attributes.filter { $0.name != "label" }, owner: "node '\(node.id)'", log: &log)
        parts += [nodeStyle(kind, in: table.schema), "tooltip=\(DOTText.escString(tooltip, at: "node '\(node.id)' tooltip", log: &log))"]
        return "\(quotedID(node.id, log: &log)) [\(parts.joined(separator: ", "))];\n"
    }

    private static func edgeLine(_ edge: ExportTable.Link, in table: ExportTable, log: inout LossLog) -> String {
        let summary = EdgeSummary(edge.attributes)
        let label = edge["label"]?.flattened ?? summary.type
        var parts = ["id=\(quotedID(edge.id, log: &log))", "label=\(DOTText.label(label, at: "edge '\(edge.id)' label", log: &log))"]
        parts += attributes(dataValues(edge.attributes, in: table.schema), owner: "edge '\(edge.id)'", log: &log)
        let tooltip = summary.heading + sourcesLine(summary.sources)
        parts += [edgeStyle(summary, in: table.schema), "tooltip=\(DOTText.escString(tooltip, at: "edge '\(edge.id)' tooltip", log: &log))"]
        return "\(quotedID(edge.source, log: &log)) -> \(quotedID(edge.target, log: &log)) [\(parts.joined(separator: ", "))];\n"
    }

    /// What an edge's colours and tooltip read from its values: the first value of each name.
    struct EdgeSummary {
        var type = "", status = "", date: String?, sources: [String] = []

        init(_ values: ExportAttributes.List) {
            var seen = Set<String>()
            for (name, value) in values where seen.insert(name).inserted {
                switch name {
                case "type": type = value.flattened
                case "status": status = value.flattened
                case "date": date = value.flattened
                case "sources": if case .list(let items) = value { sources = items }
                default: break
                }
            }
        }

        /// The tooltip's first line: type, date (when known) and status.
        var heading: String { [type, date, status].compactMap { $0 }.joined(separator: " · ") }
    }

    /// The tooltip's sources line.
    static func sourcesLine(_ sources: [String]) -> String { "\nsources: " + sources.joined(separator: ", ") }

    /// The tooltip's words after a node's name.
    static func kindNote(_ kind: String) -> String { " (\(kind))" }

    /// The tooltip's aliases line, if any.
    static func alsoKnownAs(_ aliases: [String]) -> String { aliases.isEmpty ? "" : "\nalso: " + aliases.joined(separator: "; ") }

    /// `shape` and `fillcolor` of a node kind.
    static func nodeStyle(_ kind: String, in schema: Schema) -> String {
        let style = MapStyle.node(kind, in: schema)
        return "shape=\"\(style.shape)\", fillcolor=\"\(style.fill)\""
    }

    /// `color`, `fontcolor` and `style` of an edge's type and status.
    static func edgeStyle(_ summary: EdgeSummary, in schema: Schema) -> String {
        let color = MapStyle.edgeColor(summary.type, in: schema)
        return "color=\"\(color)\", fontcolor=\"\(color)\", style=\"\(MapStyle.edgeStyle(summary.status, in: schema))\""
    }

    /// An edge's data values as DOT names them: `label` left to the label, free attributes as `attr_NAME`.
    static func dataValues(_ values: ExportAttributes.List, in schema: Schema) -> ExportAttributes.List {
        values.filter { $0.name != "label" }.map { ExportAttributes.isAttribute($0.name, in: schema) ? (attributeName($0.name), $0.value) : $0 }
    }

    /// Data attributes, as plain DOT strings; a value DOT cannot hold exactly is left out and logged.
    static func attributes(_ values: [(name: String, value: ExportValue)], owner: String,
                                   log: inout LossLog) -> [String] {
        values.compactMap { name, value in
            let text = value.flattened
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" }) {
                log.note(DOTText.controlRemoval, at: "\(owner) \(name)")
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
        let (quoted, changed) = DOTText.id(id)
        if changed { log.note(DOTText.idChange, at: id) }
        return quoted
    }
}
