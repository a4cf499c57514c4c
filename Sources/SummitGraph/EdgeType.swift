/// The relationship an edge states, read "source *type* target": one of the types the graph's
/// ``Schema`` declares (with rules on the kinds and fields they take), or a type from an imported
/// graph (no rules).
public struct EdgeType: OpenVocabulary {
    public let rawValue: String
    public init(unchecked rawValue: String) { self.rawValue = rawValue }

    public static let met = EdgeType(unchecked: "met")
    public static let participatesIn = EdgeType(unchecked: "participates_in")
    public static let headOf = EdgeType(unchecked: "head_of")
    public static let holdsRole = EdgeType(unchecked: "holds_role")
    public static let cooperatesWith = EdgeType(unchecked: "cooperates_with")
    public static let supports = EdgeType(unchecked: "supports")
    public static let proposed = EdgeType(unchecked: "proposed")
    public static let chairs = EdgeType(unchecked: "chairs")
    public static let hosts = EdgeType(unchecked: "hosts")
    public static let adopted = EdgeType(unchecked: "adopted")
    public static let organizes = EdgeType(unchecked: "organizes")
    public static let partOf = EdgeType(unchecked: "part_of")
    public static let heldIn = EdgeType(unchecked: "held_in")
    public static let visits = EdgeType(unchecked: "visits")
    public static let connects = EdgeType(unchecked: "connects")
    public static let bypasses = EdgeType(unchecked: "bypasses")
    public static let nativeOf = EdgeType(unchecked: "native_of")

    /// The standard types, in the order ``Schema/standard`` declares them; what each means and
    /// which nodes and fields it takes is in the graph's ``Schema`` (``Schema/rule(for:)-(EdgeType)``).
    public static let allCases: [EdgeType] = Schema.standard.types.map(\.type)
}
