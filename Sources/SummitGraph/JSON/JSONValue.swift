/// A JSON value as ``JSONParser`` reads it.
package indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    /// The number as the file spells it (`2.0`, `1e3`), checked against RFC 8259's grammar.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// Whether a number's text is an integer (no fraction, no exponent), as JSON writers spell
    /// integers and floats apart.
    package static func isIntegerLiteral(_ text: String) -> Bool { !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") } }
}
