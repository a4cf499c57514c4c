import SummitGraph

/// An attribute value as exports carry it: text, a list of texts, a map of texts, or a number or
/// boolean of a free attribute.
public enum ExportValue: Hashable, Sendable {
    case text(String)
    case list([String])
    /// A number or a boolean in its type's canonical form (``AttributeType/canonical(_:)``): JSON
    /// writes it bare, typed formats declare the type.
    case typed(String, AttributeType)
    /// Keys sorted; a map's order is not data.
    case map([(key: String, value: String)])

    public static func == (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.typed(let x, let s), .typed(let y, let t)): x == y && s == t
        case (.map(let x), .map(let y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .text(let x): hasher.combine(x)
        case .list(let x): hasher.combine(x)
        case .typed(let x, let type): hasher.combine(x); hasher.combine(type)
        case .map(let x): for (k, v) in x { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// The value as one string, for formats without lists: text as is; lists and maps as
    /// canonical JSON text, the form Python's `json.dumps(v, sort_keys=True, ensure_ascii=False)`
    /// gives, so that a consumer comparing it with a native JSON list finds them equal.
    public var flattened: String {
        switch self {
        case .text(let text), .typed(let text, _): text
        case .list(let items): "[" + items.map(JSONText.quoted).joined(separator: ", ") + "]"
        case .map(let pairs): "{" + pairs.map { JSONText.quoted($0.key) + ": " + JSONText.quoted($0.value) }.joined(separator: ", ") + "}"
        }
    }
}

/// JSON text writing, byte for byte as Python's `json.dumps(ensure_ascii=False)` writes strings.
public enum JSONText {
    /// `text` as a JSON string literal.
    /// - Complexity: O(*n*).
    public static func quoted(_ text: String) -> String {
        // Most values need no escape: one pass over the bytes, one concatenation.
        if !text.utf8.contains(where: needsEscape) { return "\"" + text + "\"" }
        var out = ExportBytes(capacity: text.utf8.count + 16), text = text
        text.withUTF8 { appendQuoted(UnsafeRawBufferPointer($0), to: &out) }
        return out.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the UTF-8 `raw` as a JSON string literal, as ``quoted(_:)`` writes it: `"`, `\`
    /// and control characters escaped (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00xx`), the rest as is.
    static func appendQuoted(_ raw: UnsafeRawBufferPointer, to out: inout ExportBytes) {
        out.append(byte: UInt8(ascii: "\""))
        if !raw.contains(where: needsEscape) {
            out.append(raw)
        } else {
            for byte in raw {
                switch byte {
                case UInt8(ascii: "\""): out.append("\\\"")
                case UInt8(ascii: "\\"): out.append("\\\\")
                case 0x0A: out.append("\\n")
                case 0x0D: out.append("\\r")
                case 0x09: out.append("\\t")
                case 0x08: out.append("\\b")
                case 0x0C: out.append("\\f")
                case 0..<0x20:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append("\\u00")
                    out.append(byte: hex[Int(byte >> 4)])
                    out.append(byte: hex[Int(byte & 0xF)])
                default: out.append(byte: byte)
                }
            }
        }
        out.append(byte: UInt8(ascii: "\""))
    }

    @inline(__always) static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// `, "name": value` for each attribute, for writers that put attributes beside an id.
    static func members(_ attributes: [(name: String, value: ExportValue)]) -> String {
        attributes.map { ", \(quoted($0.name)): \(encode($0.value))" }.joined()
    }

    /// `value` as JSON: a string, an array of strings, an object of strings, or a number or boolean.
    public static func encode(_ value: ExportValue) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .typed(let text, _): text
        case .list(let items): "[" + items.map(quoted).joined(separator: ", ") + "]"
        case .map(let pairs): "{" + pairs.map { quoted($0.key) + ": " + quoted($0.value) }.joined(separator: ", ") + "}"
        }
    }
}

/// A small JSON tree of strings, arrays and objects, for graph-level data.
public indirect enum JSONTree: Hashable, Sendable {
    case string(String)
    case array([JSONTree])
    /// Members in writing order.
    case object([Member])

    public struct Member: Hashable, Sendable {
        public let key: String
        public let value: JSONTree
        public init(_ key: String, _ value: JSONTree) { (self.key, self.value) = (key, value) }
    }

    /// Canonical one-line text: keys sorted, `", "` and `": "` separators (Python's defaults).
    public var canonical: String {
        switch self {
        case .string(let s): JSONText.quoted(s)
        case .array(let items): "[" + items.map(\.canonical).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.sorted { $0.key < $1.key }
                .map { JSONText.quoted($0.key) + ": " + $0.value.canonical }.joined(separator: ", ") + "}"
        }
    }
}
