/// A name from an open vocabulary: the values ``Schema/standard`` declares (in its order), the
/// values a dataset declares besides, and any other non-empty name a graph brought from elsewhere.
/// What a value means (its rules, its parent, its synonyms) is in a ``Schema``; a graph carries
/// the one it was built with.
public protocol OpenVocabulary: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CaseIterable, CustomStringConvertible where RawValue == String, AllCases == [Self]
{
    init(unchecked rawValue: String)
}

extension OpenVocabulary {
    /// Any non-empty name; see ``isKnown``.
    public init?(rawValue: String) {
        guard !rawValue.isEmpty else { return nil }
        self.init(unchecked: rawValue)
    }

    /// Whether ``Schema/standard`` declares this value (a dataset may also use those it declares).
    public var isKnown: Bool { Self.allCases.contains(self) }

    public var description: String { rawValue }

    /// Standard values in the standard schema's order, then other names alphabetically.
    public static func < (a: Self, b: Self) -> Bool {
        let i = allCases.firstIndex(of: a) ?? Int.max, j = allCases.firstIndex(of: b) ?? Int.max
        return i != j ? i < j : a.rawValue < b.rawValue
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard !text.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "empty name"))
        }
        self.init(unchecked: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
