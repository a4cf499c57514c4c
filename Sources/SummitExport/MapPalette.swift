import SummitGraph

/// How the map `render` draws (``MapDOTWriter``) shows each node kind, edge type and status, for
/// readers who cannot tell some colours apart: the Okabe–Ito colours (distinct under the common
/// colour-vision deficiencies), and never colour alone. Kinds differ in shape too; types, once the
/// seven colours run out, in arrowhead; statuses in line pattern and weight. Entries go by a
/// value's position in the graph's schema (standard values first, then those a dataset declares),
/// so a value keeps its look from map to map. (``MapStyle`` keeps the export DOT's older look.)
public enum MapPalette {
    /// Okabe & Ito (2008), without yellow, too faint for a line on white.
    static let colors = ["#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000"]
    /// Arrowheads by round of ``colors``: types 1–7 `normal`, 8–14 `empty`, then `diamond`…
    static let arrowheads = ["normal", "empty", "diamond", "dot", "tee", "box", "inv"]

    /// (shape, fill) by the kind's position: person, state, initiative, organization, place,
    /// position; light tints of the Okabe–Ito colours, so black labels stay readable.
    static let nodeStyles: [(shape: String, fill: String)] = [
        ("ellipse", "#C6E4F6"), ("box", "#F8E0A8"), ("hexagon", "#B8E3D6"), ("component", "#EFD3E3"), ("house", "#E4E4E4"),
        ("octagon", "#F5CDB3"),
    ]

    /// (line style, pen width) by the status's position: occurred solid, planned dashed, ongoing
    /// thick, historical dotted; declared statuses thick dashed, thick dotted, then tapered.
    static let statusStyles: [(style: String, width: String)] = [
        ("solid", "1.2"), ("dashed", "1.2"), ("solid", "3"), ("dotted", "1.2"), ("dashed", "3"), ("dotted", "3"), ("tapered", "3"),
    ]

    public struct EdgeLook: Equatable, Sendable {
        public let color: String
        public let arrowhead: String
    }

    /// Unknown kinds (beyond the palette) are plain white boxes.
    static func node(_ kind: String, in schema: Schema) -> (shape: String, fill: String) {
        schema.position(of: NodeKind(unchecked: kind)).flatMap { $0 < nodeStyles.count ? nodeStyles[$0] : nil } ?? ("box", "#FFFFFF")
    }

    /// A type's colour and arrowhead; types beyond 49 repeat the last arrowhead (and are grey when unknown).
    public static func edge(_ type: String, in schema: Schema) -> EdgeLook {
        guard let i = schema.position(of: EdgeType(unchecked: type)) else { return EdgeLook(color: "#777777", arrowhead: "normal") }
        return EdgeLook(color: colors[i % colors.count], arrowhead: arrowheads[min(i / colors.count, arrowheads.count - 1)])
    }

    /// The DOT attributes of a status's line: `style="dashed", penwidth="1.2"`.
    public static func line(_ status: String, in schema: Schema) -> String {
        let look = schema.position(of: EdgeStatus(unchecked: status)).map { statusStyles[min($0, statusStyles.count - 1)] } ?? (style: "solid", width: "1.2")
        return "style=\"\(look.style)\", penwidth=\"\(look.width)\""
    }
}
