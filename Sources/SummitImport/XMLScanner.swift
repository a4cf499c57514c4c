/// A pull scanner for the XML that GraphML uses: elements, attributes, text, comments,
/// CDATA, processing instructions, the five predefined entities and character references.
///
/// A document type declaration is refused outright: DTDs can declare external entities (XXE)
/// and recursive ones (entity-expansion bombs), and GraphML needs neither.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Failure: Error {
        let line: Int
        let column: Int
        let message: String
        let fix: String?
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Where the last tag returned by ``next()`` began.
    private(set) var tagPosition = (line: 1, column: 1)

    init(_ bytes: [UInt8]) {
        var b = bytes
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        self.bytes = b
    }

    /// Where the scanner is, as (line, column in Unicode scalars, as ``JSONParser`` counts them).
    var position: (line: Int, column: Int) {
        (line, String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).unicodeScalars.count + 1)
    }

    /// The column reached so far on the current line, so that positions taken tag after tag cost
    /// the bytes in between, not the whole line each time (a one-line file is not quadratic).
    private var counted = (lineStart: 0, offset: 0, column: 1)

    /// ``position``, counted on from the last position taken on the same line: scalars are the
    /// bytes that are not UTF-8 continuation bytes.
    /// - Complexity: O(bytes since the last call) amortised.
    private mutating func markPosition() -> (line: Int, column: Int) {
        let end = min(index, bytes.count)
        if counted.lineStart != lineStart || counted.offset > end { counted = (lineStart, lineStart, 1) }
        var column = counted.column
        for i in counted.offset..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        counted = (lineStart, end, column)
        return (line, column)
    }

    private func fail(_ message: String, fix: String? = nil) -> Failure {
        Failure(line: position.line, column: position.column, message: message, fix: fix)
    }

    private mutating func advance(_ n: Int = 1) {
        for _ in 0..<n where index < bytes.count {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
    }

    private func starts(with text: String) -> Bool {
        let t = Array(text.utf8)
        return index + t.count <= bytes.count && Array(bytes[index..<index + t.count]) == t
    }

    private mutating func skip(until terminator: String, what: String) throws(Failure) {
        while index < bytes.count, !starts(with: terminator) { advance() }
        guard index < bytes.count else { throw fail("unterminated \(what)", fix: "close it with '\(terminator)'") }
        advance(terminator.utf8.count)
    }

    /// The next event, or `nil` at the end of the document.
    mutating func next() throws(Failure) -> Event? {
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") { return .text(try text()) }
            if starts(with: "<?") { try skip(until: "?>", what: "processing instruction"); continue }
            if starts(with: "<!--") { try skip(until: "-->", what: "comment"); continue }
            if starts(with: "<![CDATA[") {
                advance(9)
                let begin = index
                try skip(until: "]]>", what: "CDATA section")
                return .text(try decode(bytes[begin..<index - 3]))
            }
            if starts(with: "<!") {
                throw fail("document type declarations (<!DOCTYPE …>) are not accepted: they can pull in external files or expand entities without bound",
                           fix: "remove the DOCTYPE; GraphML does not need one")
            }
            if starts(with: "</") {
                advance(2)
                let name = try self.name()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw fail("expected '>' to close </\(name)") }
                advance()
                return .end(name: name)
            }
            tagPosition = markPosition()
            advance()
            let name = try self.name()
            var attributes: [String: String] = [:]
            while true {
                skipSpace()
                guard index < bytes.count else { throw fail("unterminated tag <\(name)") }
                if starts(with: "/>") { advance(2); return .start(name: name, attributes: attributes, selfClosing: true) }
                if bytes[index] == UInt8(ascii: ">") { advance(); return .start(name: name, attributes: attributes, selfClosing: false) }
                let key = try self.name()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw fail("expected '=' after attribute \(key)") }
                advance()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                    throw fail("attribute \(key) needs a quoted value")
                }
                let quote = bytes[index]
                advance()
                let begin = index
                while index < bytes.count, bytes[index] != quote {
                    if bytes[index] == UInt8(ascii: "<") { throw fail("'<' inside the value of attribute \(key)", fix: "write it as &lt;") }
                    advance()
                }
                guard index < bytes.count else { throw fail("unterminated value of attribute \(key)") }
                let raw = bytes[begin..<index]
                advance()
                // Attribute-value normalisation: literal TAB/LF/CR become spaces; references keep them.
                let value = try decode(raw.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }[...])
                if attributes.updateValue(value, forKey: key) != nil { throw fail("attribute \(key) appears twice on <\(name)>") }
            }
        }
        return nil
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
    }

    private mutating func name() throws(Failure) -> String {
        let begin = index
        while index < bytes.count, !([0x20, 0x09, 0x0A, 0x0D, 0x3D, 0x3E, 0x2F, 0x3C, 0x22, 0x27] as [UInt8]).contains(bytes[index]) { advance() }
        guard index > begin else { throw fail("expected a name") }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    private mutating func text() throws(Failure) -> String {
        let begin = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { advance() }
        // XML end-of-line handling: CRLF and lone CR become LF.
        var raw: [UInt8] = []
        raw.reserveCapacity(index - begin)
        var i = begin
        while i < index {
            if bytes[i] == 0x0D { raw.append(0x0A); if i + 1 < index, bytes[i + 1] == 0x0A { i += 1 } } else { raw.append(bytes[i]) }
            i += 1
        }
        return try decode(raw[...])
    }

    /// Text with its entity and character references replaced; invalid UTF-8 is refused.
    private func decode(_ raw: ArraySlice<UInt8>) throws(Failure) -> String {
        guard let text = String(validating: raw, as: UTF8.self) else {
            throw fail("invalid UTF-8", fix: "save the file as UTF-8")
        }
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].prefix(12).firstIndex(of: ";") else {
                throw fail("'&' that starts no reference", fix: "write a literal & as &amp;")
            }
            let reference = rest[rest.index(after: amp)..<semicolon]
            switch reference {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let hex = reference.hasPrefix("#x") || reference.hasPrefix("#X")
                guard reference.hasPrefix("#"), let code = UInt32(reference.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                      let scalar = Unicode.Scalar(code) else {
                    throw fail("unknown entity &\(reference);", fix: "only &amp; &lt; &gt; &quot; &apos; and character references are accepted")
                }
                out.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }
}
