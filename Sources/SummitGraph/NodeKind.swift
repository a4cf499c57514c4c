/// What a node stands for: one of summitgraph's kinds, or a kind from an imported graph.
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

    /// The known kinds, in order.
    public static let allCases: [NodeKind] = [.person, .state, .initiative, .organization, .place, .position]

    /// The subtypes a dataset may give nodes of this kind; `nil` when any text is allowed.
    public var knownSubtypes: [String]? {
        switch self {
        case .initiative:
            ["dialogue", "summit", "meeting", "declaration", "forum", "framework",
             "platform", "route", "programme", "agreement"]
        case .place:
            ["city", "ward", "prefecture", "building", "region", "sea", "continent", "route"]
        case .organization:
            ["ministry", "party", "institute", "agency"]
        default:
            nil
        }
    }

    /// Whether a node of this kind must name a subtype.
    public var requiresSubtype: Bool { self == .initiative }
}
