/// The relationship an edge states, read "source *type* target": one of summitgraph's
/// types (with rules on the kinds they join), or a type from an imported graph (no rules).
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

    /// The known types, in order.
    public static let allCases: [EdgeType] = [
        .met, .participatesIn, .headOf, .holdsRole, .cooperatesWith, .supports, .proposed, .chairs, .hosts,
        .adopted, .organizes, .partOf, .heldIn, .visits, .connects, .bypasses, .nativeOf,
    ]

    /// Whether the relationship reads the same both ways (`met`, `cooperates_with`).
    public var isSymmetric: Bool { self == .met || self == .cooperatesWith }
}

extension EdgeType {
    /// The kinds of node an edge of this type may start from.
    public var sourceKinds: Set<NodeKind> {
        switch self {
        case .met: [.person, .position]
        case .participatesIn, .proposed, .hosts, .organizes:
            [.person, .state, .organization, .position]
        case .headOf, .visits: [.person, .position]
        case .holdsRole, .nativeOf: [.person]
        case .cooperatesWith: [.state, .organization, .place, .initiative]
        case .chairs: [.person, .state, .position]
        case .adopted: [.initiative, .state, .person, .position]
        case .heldIn: [.initiative]
        case .connects, .bypasses: [.initiative, .place]
        default: Set(NodeKind.allCases)
        }
    }

    /// The kinds of node an edge of this type may end at.
    public var targetKinds: Set<NodeKind> {
        switch self {
        case .met: [.person, .position]
        case .participatesIn, .proposed, .chairs, .hosts, .adopted, .organizes: [.initiative]
        case .headOf: [.state, .organization]
        case .holdsRole: [.organization, .position, .state]
        case .cooperatesWith: [.state, .organization, .place, .initiative]
        case .heldIn, .visits, .connects, .bypasses, .nativeOf: [.place, .state]
        default: Set(NodeKind.allCases)
        }
    }

    /// Whether edges of this type must carry a date.
    public var requiresDate: Bool { self == .met }
    /// Whether edges of this type must (and only they may) carry a participation role.
    public var takesRole: Bool { self == .participatesIn }
    /// Whether edges of this type must (and only they may) carry an office title.
    public var takesTitle: Bool { self == .headOf || self == .holdsRole }
    /// Whether edges of this type must carry at least one cooperation area.
    public var requiresAreas: Bool { self == .cooperatesWith }
}
