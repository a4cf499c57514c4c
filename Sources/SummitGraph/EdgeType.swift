/// The relationship an edge states. Its direction reads "source *type* target".
public enum EdgeType: String, CaseIterable, Codable, Sendable, Comparable {
    case met
    case participatesIn = "participates_in"
    case headOf = "head_of"
    case holdsRole = "holds_role"
    case cooperatesWith = "cooperates_with"
    case supports
    case proposed
    case chairs
    case hosts
    case adopted
    case organizes
    case partOf = "part_of"
    case heldIn = "held_in"
    case visits
    case connects
    case bypasses
    case nativeOf = "native_of"

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

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
        case .supports, .partOf: Set(NodeKind.allCases)
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
        case .supports, .partOf: Set(NodeKind.allCases)
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
