/// What a node stands for: one of the kinds the graph's ``Schema`` declares, or a kind from an
/// imported graph.
public struct NodeKind: OpenVocabulary {
    public let rawValue: String
    public init(unchecked rawValue: String) { self.rawValue = rawValue }

    public static let person = NodeKind(unchecked: "person")
    public static let state = NodeKind(unchecked: "state")
    public static let initiative = NodeKind(unchecked: "initiative")
    public static let organization = NodeKind(unchecked: "organization")
    public static let place = NodeKind(unchecked: "place")
    /// An office whose holder the sources do not name ("President of Kazakhstan").
    public static let position = NodeKind(unchecked: "position")

    /// The standard kinds, in the order ``Schema/standard`` declares them; their subtypes are in
    /// the graph's ``Schema`` (``Schema/rule(for:)-(NodeKind)``).
    public static let allCases: [NodeKind] = Schema.standard.kinds.map(\.kind)
}
