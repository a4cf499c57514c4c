/// What a node stands for.
public enum NodeKind: String, CaseIterable, Codable, Sendable, Comparable {
    case person, state, initiative, organization, place, position

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
        case .person, .state, .position:
            nil
        }
    }

    /// Whether a node of this kind must name a subtype.
    public var requiresSubtype: Bool { self == .initiative }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
