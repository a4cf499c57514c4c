/// A cooperation area: one of the areas the graph's ``Schema`` declares (a small hierarchy:
/// `energy` ⊃ `renewable-energy` ⊃ `solar-energy`), or an area an imported graph brought.
/// Areas sort alphabetically, as edges list them.
public struct CooperationArea: OpenVocabulary {
    public let rawValue: String
    public init(unchecked rawValue: String) { self.rawValue = rawValue }

    /// The standard areas, in the order ``Schema/standard`` declares them (each parent before
    /// its children).
    public static let allCases: [CooperationArea] = Schema.standard.areas.map(\.name)

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
