import SummitGraph

/// A JSON value with the place it begins at, and an object's members in the file's order: what
/// `datapackage.json`'s declarations are read from, so that a broken one is reported where it is.
struct LocatedJSON {
    indirect enum Value {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case array([LocatedJSON])
        case object([(key: String, value: LocatedJSON)])
    }

    let value: Value
    let line: Int
    let column: Int

    /// The document in `bytes`.
    /// - Throws: ``GraphError/invalidJSON(file:line:column:message:fix:)`` where the text is not JSON.
    /// - Complexity: O(*n*).
    static func parse(_ bytes: [UInt8], file: String) throws(GraphError) -> LocatedJSON {
        try bytes.withUnsafeBufferPointer { buffer throws(GraphError) in
            var parser = JSONParser(buffer, file: file)
            let document = try read(&parser)
            try parser.finish()
            return document
        }
    }

    private static func read(_ parser: inout JSONParser) throws(GraphError) -> LocatedJSON {
        let at = parser.position()
        let value: Value
        switch parser.peek() {
        case UInt8(ascii: "{"):
            var members: [(key: String, value: LocatedJSON)] = []
            try parser.forEachMember { (parser: inout JSONParser, key: String) throws(GraphError) in members.append((key, try read(&parser))) }
            value = .object(members)
        case UInt8(ascii: "["):
            var items: [LocatedJSON] = []
            try parser.forEachElement { (parser: inout JSONParser) throws(GraphError) in items.append(try read(&parser)) }
            value = .array(items)
        default:
            switch try parser.value() {
            case .string(let s): value = .string(s)
            case .number(let n): value = .number(n)
            case .bool(let b): value = .bool(b)
            default: value = .null
            }
        }
        return LocatedJSON(value: value, line: at.line, column: at.column)
    }

    /// The member `key` of an object.
    subscript(key: String) -> LocatedJSON? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    var members: [(key: String, value: LocatedJSON)] { if case .object(let m) = value { m } else { [] } }
    var items: [LocatedJSON]? { if case .array(let items) = value { items } else { nil } }
    var string: String? { if case .string(let s) = value { s } else { nil } }
    var bool: Bool? { if case .bool(let b) = value { b } else { nil } }
    /// A list of strings; `nil` when the value is anything else.
    var strings: [String]? { items.flatMap { items in items.allSatisfy { $0.string != nil } ? items.compactMap(\.string) : nil } }
}
