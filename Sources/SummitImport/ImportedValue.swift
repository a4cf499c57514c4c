import Foundation

/// A value as a foreign file gives it: text (GraphML, CSV), or any JSON value.
indirect enum ImportedValue: Decodable, Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([ImportedValue])
    case object([String: ImportedValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .number(String(i)) }
        else if let d = try? c.decode(Double.self) { self = .number(String(d)) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([ImportedValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: ImportedValue].self)) }
    }

    /// The value as text: strings as they are, numbers and booleans spelled, lists and objects as JSON.
    var text: String {
        switch self {
        case .string(let s), .number(let s): s
        case .bool(let b): b ? "true" : "false"
        case .null: ""
        case .array(let items): "[" + items.map { Self.quote($0.text) }.joined(separator: ", ") + "]"
        case .object(let members): "{" + members.keys.sorted().map { Self.quote($0) + ": " + Self.quote(members[$0]?.text ?? "") }.joined(separator: ", ") + "}"
        }
    }

    /// A list of texts: a JSON array, or a string holding JSON array text, or one plain string.
    var list: [String] {
        switch self {
        case .array(let items): return items.map(\.text)
        case .string(let s):
            if s.hasPrefix("["), case .array(let items)? = Self.parse(s) { return items.map(\.text) }
            return s.isEmpty ? [] : [s]
        case .null: return []
        default: return [text]
        }
    }

    /// Key/value pairs, sorted: a JSON object, or a string holding JSON object text.
    var pairs: [(key: String, value: String)]? {
        var members: [String: ImportedValue]?
        if case .object(let m) = self { members = m }
        if case .string(let s) = self, s.hasPrefix("{"), case .object(let m)? = Self.parse(s) { members = m }
        return members.map { m in m.keys.sorted().map { (key: $0, value: m[$0]?.text ?? "") } }
    }

    /// The value itself, or the JSON a string holds (GraphML carries lists as JSON text).
    var structured: ImportedValue? {
        if case .string(let s) = self { return Self.parse(s) }
        return self
    }

    static func parse(_ text: String) -> ImportedValue? {
        try? JSONDecoder().decode(ImportedValue.self, from: Data(text.utf8))
    }

    private static func quote(_ s: String) -> String {
        String(decoding: (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}

/// A node or edge as a reader found it, with where.
struct ImportedRecord {
    var id: String?
    var source: String?
    var target: String?
    var values: [String: ImportedValue]
    var line: Int
    var column: Int
}
