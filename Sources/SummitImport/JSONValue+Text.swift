import SummitGraph

/// JSON values as the importers read them: as text, as lists of texts, as key/value pairs.
extension JSONValue {
    /// The value as text: strings as they are, numbers and booleans spelled, lists and objects as JSON.
    var text: String {
        switch self {
        case .string(let s): s
        case .number(let literal): Self.normalizedNumber(literal)
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
        var members: [String: JSONValue]?
        if case .object(let m) = self { members = m }
        if case .string(let s) = self, s.hasPrefix("{"), case .object(let m)? = Self.parse(s) { members = m }
        return members.map { m in m.keys.sorted().map { (key: $0, value: m[$0]?.text ?? "") } }
    }

    /// The value itself, or the JSON a string holds (GraphML carries lists as JSON text).
    var structured: JSONValue? {
        if case .string(let s) = self { return Self.parse(s) }
        return self
    }

    /// The JSON value `text` holds, or nil if it holds none (see ``JSONParser``).
    static func parse(_ text: String) -> JSONValue? {
        try? JSONParser.parse(Array(text.utf8), file: "")
    }

    /// `text` as a JSON string literal, escaped as Foundation's `JSONEncoder` escapes it (`/`
    /// as `\/`, control characters as `\n` or `\u001b`), which list and object texts have
    /// always used.
    /// - Complexity: O(*n*).
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                out += (scalar.value < 0x10 ? "\\u000" : "\\u001") + String(scalar.value & 0xF, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The text of a JSON number as JSON import has always kept it for values read as text (Foundation's `JSONDecoder`
    /// read into `Int64`, else `Double`): an integer in Int64's range as its digits (`-0` as
    /// `0`, `1.0` and `1e3` as `1` and `1000`); any other number as `Double`'s description
    /// (`0.5`, `1e+22`, `9.223372036854776e+18`). A `Double` that is a whole number below 2^53
    /// counts as an integer (`3.0000000000000001` is `3`); one from 2^53 up only if the text is
    /// exactly an integer (`1e16`), where Foundation dropped any fraction. Nil beyond `Double`.
    /// - Parameter json: a number as RFC 8259 spells it, already checked.
    /// - Complexity: O(*n*).
    static func normalizedNumber(_ literal: String) -> String {
        var literal = literal
        return literal.withUTF8 { normalizedNumber($0) } ?? literal
    }

    /// ``normalizedNumber(_:)-(String)`` of a literal's bytes; nil beyond `Double`.
    static func normalizedNumber(_ json: UnsafeBufferPointer<UInt8>) -> String? {
        let negative = json.first == UInt8(ascii: "-")
        let plain = !json.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
        if plain, json.count - (negative ? 1 : 0) < 19 {
            return negative && json.count == 2 && json[1] == UInt8(ascii: "0") ? "0" : String(decoding: json, as: UTF8.self)
        }
        let text = String(decoding: json, as: UTF8.self)
        if plain, let integer = Int64(text) { return String(integer) }
        guard let double = Double(text), double.isFinite else { return nil }
        guard double.rounded(.towardZero) == double else { return String(double) }
        if double.magnitude < 0x1p53 { return String(Int64(double)) }
        return exactInteger(text).map { String($0) } ?? String(double)
    }

    /// The integer a number's text denotes exactly (`1.5e3` is 1500), if it fits Int64.
    private static func exactInteger(_ text: String) -> Int64? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "e" || $0 == "E" }
        guard let exponent = parts.count == 2 ? Int(parts[1]) : 0 else { return nil }
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(mantissa[0] + (mantissa.count == 2 ? mantissa[1] : ""))
        var scale = exponent - (mantissa.count == 2 ? mantissa[1].count : 0)
        while scale < 0, digits.last == "0" {
            digits.removeLast()
            scale += 1
        }
        guard (0...19).contains(scale) else { return nil }
        return Int64(digits + String(repeating: "0", count: scale))
    }
}
