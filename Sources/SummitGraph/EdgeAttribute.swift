/// A free attribute of an edge: a name and a text or a list of texts, such as an imported
/// `weight` or a column a dataset declares. Its type (a number, a boolean…) is per name, in the
/// graph's ``Schema/attributeTypes``.
public struct EdgeAttribute: Hashable, Sendable {
    public var name: String
    public var value: AttributeValue

    public init(_ name: String, _ value: AttributeValue) { (self.name, self.value) = (name, value) }

    /// Whether `name` can name an attribute in every format: ASCII letters, digits, `_`, `-` and
    /// `.`, starting with a letter or `_` (a GraphML key and NMTOKEN, a DOT id once prefixed), and
    /// none of the names the formats reserve (`id`, `key`, `source`, `target`).
    /// - Complexity: O(*n*).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || isLetter(first),
              !["id", "key", "source", "target"].contains(name) else { return false }
        return name.utf8.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "_-.".utf8.contains($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
}

/// The value of a free attribute; coded as a JSON string or array of strings.
public enum AttributeValue: Hashable, Sendable, Codable {
    /// One value, as text in the canonical form of the attribute's type (``AttributeType/canonical(_:)``).
    case text(String)
    case list([String])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let items = try? container.decode([String].self) { self = .list(items) } else { self = .text(try container.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let items): try container.encode(items)
        }
    }
}

/// The type of a free attribute's values, as GraphML's `attr.type` names it; what an importer saw
/// (a GraphML key's type, a JSON number or boolean), so that exports write the values typed again.
public enum AttributeType: String, Hashable, Sendable, Codable, CaseIterable {
    case string, boolean, int, long, float, double

    /// Whether values are numbers.
    public var isNumeric: Bool { self != .string && self != .boolean }

    /// `text` in this type's canonical form (integers in decimal, numbers as Swift prints a
    /// `Double`, so `2.0` stays a float; `true`/`false`), or `nil` when it is not a value of the type.
    /// - Complexity: O(*n*).
    public func canonical(_ text: String) -> String? {
        switch self {
        case .string: return text
        case .int, .long: return Int64(text).map(String.init)
        case .float, .double:
            guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "+-.eE".utf8.contains($0) }),
                  let number = Double(text), number.isFinite else { return nil }
            return String(number)
        case .boolean:
            switch text.lowercased() {
            case "true", "1": return "true"
            case "false", "0": return "false"
            default: return nil
            }
        }
    }

    /// The type that holds values of both `self` and `other`: integers widen to `long`, mixed
    /// numbers to `double`, anything else mixed to `string`.
    public func unified(with other: AttributeType) -> AttributeType {
        if self == other { return self }
        switch (self.isNumeric, other.isNumeric) {
        case (true, true): return [self, other].allSatisfy { $0 == .int || $0 == .long } ? .long : .double
        default: return .string
        }
    }
}
