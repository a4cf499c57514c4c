/// A strict RFC 8259 JSON parser over UTF-8 bytes that knows where every value begins.
///
/// It refuses what Foundation's parsers let through (trailing commas) and what no JSON allows:
/// comments, single quotes, `NaN` and `Infinity`, `+1`, `.5`, `1.`, leading zeros, control
/// characters (U+0000–U+001F) left unescaped in strings, lone surrogates in `\u` escapes,
/// invalid UTF-8, a key twice in one object, text after the value, and arrays and objects
/// nested deeper than ``maximumDepth``. One leniency: a UTF-8 byte order mark at the very start
/// is skipped, as the dataset reader and ``XMLScanner`` skip it.
///
/// Positions are 1-based; a column counts Unicode scalars from the start of its line, as
/// ``XMLScanner``'s columns do (a tab is one column; a line ends at LF).
///
/// A reader walks the levels it cares about with ``forEachMember(_:)`` and
/// ``forEachElement(_:)``, asks ``position()`` before each value it keeps, and reads the rest
/// whole with ``value()``. Numbers keep their text as the file writes it (checked against the
/// grammar and the range of a `Double`); strings are the only other values that make a `String`.
///
/// The importers read graph files with it, the dataset loader its `datapackage.json`.
package struct JSONParser {
    /// Where a value begins.
    package struct Position: Equatable, Sendable {
        package var line: Int
        package var column: Int
        package init(line: Int, column: Int) { (self.line, self.column) = (line, column) }
    }

    /// The deepest nesting of arrays and objects read: Foundation's limit, kept.
    package static let maximumDepth = 512

    /// A place in the bytes, with the line it is on.
    struct Mark {
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    // `bytes`, `index` and the helpers below that are not private serve the lexical level in
    // JSONParser+Scalars.swift; readers use only the walking methods.
    let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    var index = 0
    private(set) var line = 1
    private(set) var lineStart = 0
    private var depth = 0
    /// Scalars counted on a line up to an offset, so that asking positions in document order
    /// costs O(*n*) in all, even when the whole document is one line.
    private var counted = (lineStart: 0, offset: 0, column: 1)

    package init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { (index, lineStart) = (3, 3) }
        counted = (lineStart, lineStart, 1)
    }

    /// The one value in `bytes`, with nothing after it but white space.
    /// - Complexity: O(*n*) in the number of bytes.
    package static func parse(_ bytes: [UInt8], file: String) throws(GraphError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(GraphError) in
            var parser = JSONParser(buffer, file: file)
            let value = try parser.value()
            try parser.finish()
            return value
        }
    }

    // MARK: Walking a document

    /// Where the next value begins.
    /// - Complexity: amortised O(1) per byte read when asked in document order.
    package mutating func position() -> Position {
        skipSpace()
        return location(mark)
    }

    /// The first byte of the next value (`{`, `[`, `"`, a digit…), or nil at the end.
    package mutating func peek() -> UInt8? {
        skipSpace()
        return index < bytes.count ? bytes[index] : nil
    }

    /// Reads the next value, which must be an object, calling `body` once per member with the
    /// parser placed at the member's value; `body` must read that value.
    package mutating func forEachMember(_ body: (inout JSONParser, String) throws(GraphError) -> Void) throws(GraphError) {
        let open = try enter(UInt8(ascii: "{"))
        var keys = Set<String>()
        while let key = try nextKey(open, first: keys.isEmpty, keys: &keys) { try body(&self, key) }
    }

    /// Reads the next value, which must be an array, calling `body` once per element with the
    /// parser placed at the element; `body` must read it.
    package mutating func forEachElement(_ body: (inout JSONParser) throws(GraphError) -> Void) throws(GraphError) {
        let open = try enter(UInt8(ascii: "["))
        var first = true
        while try nextElement(open, first: first) {
            first = false
            try body(&self)
        }
    }

    /// Reads the next value whole.
    /// - Complexity: O(*n*) in its bytes.
    package mutating func value() throws(GraphError) -> JSONValue {
        guard let byte = peek() else { throw fail("the file holds no JSON value", fix: "check that the file is complete") }
        switch byte {
        case UInt8(ascii: "{"):
            let open = try enter(UInt8(ascii: "{"))
            var members: [String: JSONValue] = [:]
            var keys = Set<String>()
            while let key = try nextKey(open, first: keys.isEmpty, keys: &keys) { members[key] = try value() }
            return .object(members)
        case UInt8(ascii: "["):
            let open = try enter(UInt8(ascii: "["))
            var items: [JSONValue] = []
            while try nextElement(open, first: items.isEmpty) { items.append(try value()) }
            return .array(items)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "t") where matches("true"): index += 4; return .bool(true)
        case UInt8(ascii: "f") where matches("false"): index += 5; return .bool(false)
        case UInt8(ascii: "n") where matches("null"): index += 4; return .null
        default: break
        }
        throw unexpected("a value")
    }

    /// Checks that nothing but white space follows the value read.
    package mutating func finish() throws(GraphError) {
        guard let byte = peek() else { return }
        if byte == UInt8(ascii: "/") { throw unexpected("the end") }
        throw invalid("text after the value, starting with \(found())", fix: "a file holds one value; remove what follows it")
    }

    // MARK: Containers

    /// Opens an array or object at the parser's place, within the depth limit.
    private mutating func enter(_ bracket: UInt8) throws(GraphError) -> Mark {
        guard peek() == bracket else { throw unexpected(bracket == UInt8(ascii: "[") ? "an array" : "an object") }
        guard depth < Self.maximumDepth else {
            throw fail("arrays and objects nested more than \(Self.maximumDepth) deep",
                       fix: "flatten the data (at most \(Self.maximumDepth) levels are read)")
        }
        depth += 1
        defer { index += 1 }
        return mark
    }

    /// Moves to the next element of the array opened at `open`; false (past the `]`) at its end.
    private mutating func nextElement(_ open: Mark, first: Bool) throws(GraphError) -> Bool {
        try separator(UInt8(ascii: "]"), open, first: first, what: "an array element")
    }

    /// Reads the next key of the object opened at `open` and its `:`; nil (past the `}`) at its end.
    private mutating func nextKey(_ open: Mark, first: Bool, keys: inout Set<String>) throws(GraphError) -> String? {
        guard try separator(UInt8(ascii: "}"), open, first: first, what: "a member") else { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a key in double quotes") }
        let at = mark
        let key = try string()
        guard keys.insert(key).inserted else {
            throw fail("key \(String(key.prefix(60)).debugDescription) appears twice in this object", fix: "keep one", at: at)
        }
        guard peek() == UInt8(ascii: ":") else { throw unclosed(open) ?? unexpected("':' after the key") }
        index += 1
        if peek() == nil { throw unclosed(open)! }
        return key
    }

    /// Reads what separates or closes a container: nothing before the first item, else `,` or
    /// the closing bracket. True when another item follows.
    private mutating func separator(_ close: UInt8, _ open: Mark, first: Bool, what: String) throws(GraphError) -> Bool {
        if let error = unclosed(open) { throw error }
        if bytes[index] == close {
            index += 1
            depth -= 1
            return false
        }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else {
                throw invalid("expected ',' or '\(Character(Unicode.Scalar(close)))' after \(what), found \(found())",
                              fix: "separate items with commas")
            }
            let comma = mark
            index += 1
            if let error = unclosed(open) { throw error }
            if bytes[index] == close {
                throw invalid("trailing comma before '\(Character(Unicode.Scalar(close)))'", fix: "remove it", at: comma)
            }
        }
        return true
    }

    /// The error for a file that ends inside the container opened at `open`, if it does.
    private mutating func unclosed(_ open: Mark) -> GraphError? {
        guard peek() == nil else { return nil }
        let isArray = bytes[open.offset] == UInt8(ascii: "[")
        let at = location(open)
        return invalid("the file ends inside the \(isArray ? "array" : "object") opened at \(at.line):\(at.column)",
                       fix: "close it with '\(isArray ? "]" : "}")', or check that the file is complete")
    }

    // MARK: Places and messages

    var mark: Mark { Mark(offset: index, line: line, lineStart: lineStart) }

    func matches(_ word: String) -> Bool {
        bytes.count - index >= word.utf8.count && word.utf8.enumerated().allSatisfy { bytes[index + $0.offset] == $0.element }
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    /// The position of `mark`, counting scalars on from the last position asked on its line.
    mutating func location(_ mark: Mark) -> Position {
        if counted.lineStart != mark.lineStart || counted.offset > mark.offset { counted = (mark.lineStart, mark.lineStart, 1) }
        var column = counted.column
        for i in counted.offset..<mark.offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        counted = (mark.lineStart, mark.offset, column)
        return Position(line: mark.line, column: column)
    }

    mutating func fail(_ message: String, fix: String, at place: Mark? = nil) -> GraphError {
        let at = location(place ?? mark)
        return .invalidJSON(file: file, line: at.line, column: at.column, message: message, fix: fix)
    }

    /// An error for text that breaks RFC 8259's grammar.
    mutating func invalid(_ message: String, fix: String, at place: Mark? = nil) -> GraphError {
        fail("not valid JSON: " + message, fix: fix, at: place)
    }

    /// The error for the byte at the parser's place where `expected` should begin.
    mutating func unexpected(_ expected: String) -> GraphError {
        switch peek() {
        case UInt8(ascii: "'")?: invalid("a string in single quotes", fix: "use double quotes")
        case UInt8(ascii: "/")?: invalid("a comment", fix: "remove it; JSON has no comments")
        case UInt8(ascii: "+")?: invalid("a number starting with '+'", fix: "remove the '+'")
        case UInt8(ascii: ".")?: invalid("a number starting with '.'", fix: "write 0.5, not .5")
        case UInt8(ascii: "N")? where matches("NaN"), UInt8(ascii: "I")? where matches("Infinity"), UInt8(ascii: "-")? where matches("-Infinity"):
            invalid("NaN or Infinity", fix: "JSON has no such numbers; write null, or the value as a string")
        case let byte? where byte >= 0x80 && Self.validPrefix(UnsafeBufferPointer(rebasing: bytes[index...].prefix(4))) == 0:
            fail("invalid UTF-8", fix: "save the file as UTF-8")
        case let byte? where Self.isLetter(byte):
            invalid("expected \(expected), found '\(String(decoding: bytes[index...].prefix(24).prefix(while: Self.isLetter), as: UTF8.self))'",
                    fix: expected == "a value" ? "true, false and null are lower case; strings need double quotes" : "put keys in double quotes")
        default: invalid("expected \(expected), found \(found())", fix: "check the brackets, commas and quotes there")
        }
    }

    /// The character at the parser's place, as a message shows it.
    func found() -> String {
        guard index < bytes.count else { return "the end of the file" }
        var parser = Unicode.UTF8.ForwardParser()
        var rest = bytes[index...].makeIterator()
        guard case .valid(let encoded) = parser.parseScalar(from: &rest) else { return "byte 0x" + Self.hex(UInt32(bytes[index]), width: 2) }
        let scalar = UTF8.decode(encoded)
        let invisible: Set<Unicode.GeneralCategory> = [.control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
                                                        .privateUse, .unassigned, .nonspacingMark, .enclosingMark]
        return invisible.contains(scalar.properties.generalCategory)
            ? Self.codePoint(scalar.value) : "'\(scalar)'" + (scalar.isASCII ? "" : " (\(Self.codePoint(scalar.value)))")
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }

    static func codePoint(_ value: UInt32) -> String { "U+" + hex(value, width: 4) }
}
