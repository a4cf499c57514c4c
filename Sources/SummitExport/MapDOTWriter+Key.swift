import SummitGraph

extension MapDOTWriter {
    /// The key, as a cluster of real shapes so every swatch is drawn as the map draws it: each node
    /// kind the map has, in its shape and fill; each edge type, a short edge in its colour and
    /// arrowhead; each status, a short grey edge in its line style. Only what the map contains is
    /// listed, in the schema's order. Key shapes have ids `key-kind-…`, `key-type-…`,
    /// `key-status-…` and the class `key` beside the value's class (a script toggles types by it).
    /// - Complexity: O(*V* + *E*) to find what the map contains.
    static func key(for table: ExportTable, log: inout LossLog) -> String {
        let schema = table.schema
        let kinds = Set(table.nodes.compactMap { $0["kind"]?.flattened })
        let types = Set(table.edges.compactMap { $0["type"]?.flattened })
        let statuses = Set(table.edges.compactMap { $0["status"]?.flattened })
        var out = "  subgraph \"cluster_key\" {\n"
        out += "    id=\"key\"; class=\"key\"; label=\"Key\"; labeljust=\"l\"; style=\"rounded\"; color=\"#999999\"; fontsize=\"10\";\n"
        out += "    node [fontsize=\"9\", height=\"0.25\"]; edge [fontsize=\"9\", minlen=\"1\"];\n"
        for kind in schema.kinds.map(\.kind.rawValue) + kinds.subtracting(schema.kinds.map(\.kind.rawValue)).sorted() where kinds.contains(kind) {
            let style = MapPalette.node(kind, in: schema)
            let id = keyID("kind", kind)
            out += "    \(id) [id=\(id), class=\"key \(cssClass("kind", kind))\", label=\(DOTText.escString(kind, at: "key", log: &log)), shape=\"\(style.shape)\", fillcolor=\"\(style.fill)\"];\n"
        }
        for type in schema.types.map(\.type.rawValue) + types.subtracting(schema.types.map(\.type.rawValue)).sorted() where types.contains(type) {
            let look = MapPalette.edge(type, in: schema)
            out += sample(keyID("type", type), class: cssClass("type", type), text: type, color: look.color,
                          attributes: "arrowhead=\"\(look.arrowhead)\"", log: &log)
        }
        for status in schema.statuses.map(\.name.rawValue) + statuses.subtracting(schema.statuses.map(\.name.rawValue)).sorted()
        where statuses.contains(status) {
            out += sample(keyID("status", status), class: cssClass("status", status), text: status, color: "#444444",
                          attributes: MapPalette.line(status, in: schema) + ", arrowhead=\"none\"", log: &log)
        }
        return out + "  }\n"
    }

    /// One line sample: an invisible point, a short edge drawn as the map draws it, and its name.
    private static func sample(_ id: String, class name: String, text: String, color: String, attributes: String,
                               log: inout LossLog) -> String {
        let from = "\"" + id.dropFirst().dropLast() + "-from\""
        return "    \(from) [shape=\"plaintext\", style=\"invis\", label=\"\", width=\"0.05\"];\n"
            + "    \(id) [id=\(id), class=\"key \(name)\", shape=\"plaintext\", style=\"\", label=\(DOTText.escString(text, at: "key", log: &log)), fontcolor=\"\(color)\"];\n"
            + "    \(from) -> \(id) [class=\"key \(name)\", color=\"\(color)\", \(attributes)];\n"
    }

    /// A key shape's DOT id (also its SVG id), quoted: `"key-type-met"` (a CSS class name needs no escaping).
    private static func keyID(_ what: String, _ value: String) -> String {
        "\"key-" + cssClass(what, value) + "\""
    }
}
