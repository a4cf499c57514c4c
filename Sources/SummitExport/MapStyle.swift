import SummitGraph

/// How maps draw each node kind, edge type and status. One table, used by the DOT writer
/// and its legend, so the map and its key cannot disagree. Styles go by a value's position in the
/// graph's schema (the standard kinds, types and statuses first, in their order, then those a
/// dataset declares); what no palette entry covers is drawn plainly.
public enum MapStyle {
    /// The font for every label: Noto Sans CJK covers Latin, Cyrillic and Japanese
    /// (Debian `fonts-noto-cjk`, installed by `scripts/setup`).
    public static let font = "Noto Sans CJK JP"

    /// (shape, fill colour) by the kind's position in the schema: person, state, initiative,
    /// organization, place, position.
    static let nodeStyles: [(shape: String, fill: String)] = [
        ("ellipse", "#cfe2ff"), ("box", "#ffe5b4"), ("hexagon", "#d3f0dc"), ("component", "#eadcf8"), ("house", "#ececec"),
        ("octagon", "#fde2e4"),
    ]

    /// Colour by the type's position in the schema: met, participates_in, head_of, …
    static let edgeColors = [
        "#d62728", "#1f77b4", "#8c564b", "#a0522d", "#2ca02c", "#17becf", "#9467bd", "#ff7f0e", "#e377c2", "#bcbd22", "#7f7f7f",
        "#aaaaaa", "#555555", "#ff9896", "#98df8a", "#c49c94", "#c5b0d5",
    ]

    /// Line style by the status's position in the schema: occurred, planned, ongoing, historical.
    static let statusStyles = ["solid", "dashed", "solid", "dotted"]

    /// Unknown kinds are drawn as plain boxes.
    static func node(_ kind: String, in schema: Schema) -> (shape: String, fill: String) {
        entry(nodeStyles, schema.position(of: NodeKind(unchecked: kind))) ?? ("box", "#ffffff")
    }

    static func edgeColor(_ type: String, in schema: Schema) -> String {
        entry(edgeColors, schema.position(of: EdgeType(unchecked: type))) ?? "#000000"
    }

    static func edgeStyle(_ status: String, in schema: Schema) -> String {
        entry(statusStyles, schema.position(of: EdgeStatus(unchecked: status))) ?? "solid"
    }

    private static func entry<T>(_ palette: [T], _ position: Int?) -> T? {
        position.flatMap { $0 < palette.count ? palette[$0] : nil }
    }
}
