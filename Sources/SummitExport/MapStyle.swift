/// How maps draw each node kind, edge type and status. One table, used by the DOT writer
/// and its legend, so the map and its key cannot disagree.
public enum MapStyle {
    /// The font for every label: Noto Sans CJK covers Latin, Cyrillic and Japanese
    /// (Debian `fonts-noto-cjk`, installed by `scripts/setup`).
    public static let font = "Noto Sans CJK JP"

    /// (shape, fill colour) per node kind; unknown kinds are drawn as plain boxes.
    static let nodeStyles: [(kind: String, shape: String, fill: String)] = [
        ("person", "ellipse", "#cfe2ff"),
        ("state", "box", "#ffe5b4"),
        ("initiative", "hexagon", "#d3f0dc"),
        ("organization", "component", "#eadcf8"),
        ("place", "house", "#ececec"),
        ("position", "octagon", "#fde2e4"),
    ]

    /// Colour per edge type.
    static let edgeColors: [(type: String, color: String)] = [
        ("met", "#d62728"), ("participates_in", "#1f77b4"), ("head_of", "#8c564b"), ("holds_role", "#a0522d"),
        ("cooperates_with", "#2ca02c"), ("supports", "#17becf"), ("proposed", "#9467bd"), ("chairs", "#ff7f0e"),
        ("hosts", "#e377c2"), ("adopted", "#bcbd22"), ("organizes", "#7f7f7f"), ("part_of", "#aaaaaa"),
        ("held_in", "#555555"), ("visits", "#ff9896"), ("connects", "#98df8a"), ("bypasses", "#c49c94"),
        ("native_of", "#c5b0d5"),
    ]

    /// Line style per status.
    static let statusStyles: [(status: String, style: String)] = [
        ("occurred", "solid"), ("planned", "dashed"), ("ongoing", "solid"), ("historical", "dotted"),
    ]

    static func node(_ kind: String) -> (shape: String, fill: String) {
        nodeStyles.first { $0.kind == kind }.map { ($0.shape, $0.fill) } ?? ("box", "#ffffff")
    }

    static func edgeColor(_ type: String) -> String { edgeColors.first { $0.type == type }?.color ?? "#000000" }
    static func edgeStyle(_ status: String) -> String { statusStyles.first { $0.status == status }?.style ?? "solid" }
}
