import SummitGraph

/// The DOT that `render` draws (the static map, and the layout under the HTML map). Unlike
/// ``DOTWriter`` (the export format, which carries every data attribute) it writes only what
/// Graphviz draws, plus what a script or stylesheet needs to find each shape in the SVG:
/// nodes have `id="n-<slug>"` and `class="kind-<kind>"`, edges `id="e-<edge id>"` and
/// `class="type-<type> status-<status>"` (Graphviz's core `-Tsvg` keeps both).
public enum MapDOTWriter {
    public struct Options: Sendable {
        /// Draw a key of node kinds, edge types and statuses (as the graph's HTML label; it adds no node).
        public var legend = true
        /// Group nodes into boxes by the state or initiative they belong to.
        public var clusterBy: Clustering?
        /// Add a node's first alias in a non-Latin script (Cyrillic, Japanese…) as a second label line.
        public var nativeNames = true
        public var rankdir = "LR"
        public init(legend: Bool = true, clusterBy: Clustering? = nil, nativeNames: Bool = true) {
            self.legend = legend
            self.clusterBy = clusterBy
            self.nativeNames = nativeNames
        }
    }

    public struct Result: Sendable {
        /// The DOT text.
        public let dot: String
        /// What the DOT could not hold exactly, one line each.
        public let losses: [String]
        /// Each edge drawn, in drawing order: its SVG id (`e-<first member's id>`) and the ids of
        /// the graph's edges it stands for.
        public let drawnEdges: [(svgID: String, members: [String])]
    }

    /// The SVG id of the node with slug `slug`.
    public static func nodeSVGID(_ slug: String) -> String { "n-" + slug }
    /// The SVG id of the drawn edge whose first member is the edge with id `edgeID`.
    public static func edgeSVGID(_ edgeID: String) -> String { "e-" + edgeID }

    /// - Complexity: O(size of the output).
    public static func write(_ table: ExportTable, options: Options = Options()) -> Result {
        var log = LossLog()
        let font = MapStyle.font
        var out = "digraph \(DOTText.plain(table.name) ?? "\"summitgraph\"") {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\"\(options.rankdir)\", fontname=\"\(font)\", newrank=\"true\", outputorder=\"edgesfirst\""
        out += "];\n"
        out += "  node [fontname=\"\(font)\", fontsize=\"11\", style=\"filled\", penwidth=\"0.8\"];\n"
        out += "  edge [fontname=\"\(font)\", fontsize=\"8\", arrowsize=\"0.6\"];\n"
        let (loose, clusters) = Clustering.group(table, by: options.clusterBy)
        for node in loose { out += "  " + nodeLine(node, in: table, options: options, log: &log) }
        for cluster in clusters {
            out += "  subgraph \(DOTText.plain("cluster_" + cluster.id) ?? "\"cluster\"") {\n"
            out += "    label=\(DOTText.escString(cluster.title, at: "cluster", log: &log)); style=\"rounded\"; color=\"#bbbbbb\";\n"
            for node in cluster.nodes { out += "    " + nodeLine(node, in: table, options: options, log: &log) }
            out += "  }\n"
        }
        if options.legend { out += key(for: table, log: &log) }
        var drawn: [(svgID: String, members: [String])] = []
        let names = Dictionary(table.nodes.map { ($0.id, $0["label"]?.flattened ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        for bundle in bundles(of: table) {
            out += "  " + edgeLine(bundle, in: table, names: names, log: &log)
            drawn.append((edgeSVGID(bundle[0].id), bundle.map(\.id)))
        }
        out += "}\n"
        return Result(dot: out, losses: log.lines, drawnEdges: drawn)
    }

    private static func nodeLine(_ node: ExportTable.Element, in table: ExportTable, options: Options, log: inout LossLog) -> String {
        let kind = node["kind"]?.flattened ?? ""
        let style = MapPalette.node(kind, in: table.schema)
        let aliases: [String] = if case .list(let items)? = node["aliases"] { items } else { [] }
        let name = node["label"]?.flattened ?? node.id
        let script = options.nativeNames ? aliases.first { $0.unicodeScalars.contains { $0.value >= 0x0400 && !(0x2000...0x206F).contains($0.value) } } : nil
        let label = name + (script.map { "\n" + $0 } ?? "")
        let tooltip = "\(name) (\(kind))" + (aliases.isEmpty ? "" : "\nalso: " + aliases.joined(separator: "; "))
        let parts = [
            "id=\(DOTText.escString(nodeSVGID(node.id), at: "node '\(node.id)' id", log: &log))",
            "class=\"\(cssClass("kind", kind))\"",
            "label=\(DOTText.label(label, at: "node '\(node.id)' label", log: &log))",
            "shape=\"\(style.shape)\"", "fillcolor=\"\(style.fill)\"",
            "tooltip=\(DOTText.escString(tooltip, at: "node '\(node.id)' tooltip", log: &log))",
        ]
        return "\(quotedID(node.id)) [\(parts.joined(separator: ", "))];\n"
    }

    /// A CSS class name `prefix-value`: a character other than an ASCII letter, digit, `-` or
    /// `_` becomes `_`, so a declared name with spaces or quotes stays one class.
    public static func cssClass(_ prefix: String, _ value: String) -> String {
        prefix + "-" + String(String.UnicodeScalarView(value.unicodeScalars.map { c in
            c.isASCII && (c.properties.isAlphabetic || c.properties.numericType != nil || c == "-" || c == "_") ? c : "_"
        }))
    }

    /// A node id in DOT; slugs never end in a backslash, so this only guards.
    static func quotedID(_ id: String) -> String { DOTText.plain(id) ?? DOTText.plain(id + " ") ?? "\"\"" }
}
