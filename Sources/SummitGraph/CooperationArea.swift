/// A cooperation area from summitgraph's controlled vocabulary.
public struct CooperationArea: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible
{
    public let rawValue: String

    /// The area named `rawValue`, or `nil` when the vocabulary has no such area.
    public init?(rawValue: String) {
        guard Self.vocabulary.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Every area, in alphabetical order.
    public static let vocabulary: [String] = [
        "agriculture", "ai", "climate", "connectivity", "critical-minerals", "culture",
        "disaster-risk-reduction", "economy", "education", "energy", "environment",
        "green-economy", "healthcare", "human-capital", "humanitarian", "hydropower",
        "infrastructure", "investment", "logistics", "renewable-energy", "science",
        "sustainable-development", "technology", "trade", "transport", "water",
    ]
}
