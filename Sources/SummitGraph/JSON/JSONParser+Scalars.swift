/// The lexical level of ``JSONParser``: strings with their escapes, and numbers.
extension JSONParser {
    /// The string at the parser's `"`, its escapes decoded.
    /// - Complexity: O(*n*) in its bytes; one `String`, and one buffer only if it holds escapes.
    mutating func string() throws(GraphError) -> String {
        let open = mark
        index += 1
        let start = index
        var run = start, escaped: [UInt8] = [], hasEscapes = false
        while true {
            guard index < bytes.count else {
                let at = location(open)
                throw invalid("the file ends inside the string opened at \(at.line):\(at.column)", fix: "close it with '\"'")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                hasEscapes = true
                try escape(into: &escaped)
                run = index
            } else if byte < 0x20 {
                let named = [0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"][byte]
                throw invalid("control character \(Self.codePoint(UInt32(byte))) in a string",
                              fix: "write it as \(named ?? "\\u00" + Self.hex(UInt32(byte), width: 2))")
            } else {
                index += 1
            }
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        if hasEscapes { escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index - 1])) }
        guard let text = hasEscapes ? String(validating: escaped, as: UTF8.self) : String(validating: raw, as: UTF8.self) else {
            throw fail("invalid UTF-8", fix: "save the file as UTF-8", at: Mark(offset: start + Self.validPrefix(raw), line: line, lineStart: lineStart))
        }
        return text
    }

    /// What `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r` and `\t` stand for.
    private static let simpleEscapes: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]

    /// Decodes the escape at the parser's `\` into `out`; a surrogate pair's two escapes make one scalar.
    private mutating func escape(into out: inout [UInt8]) throws(GraphError) {
        let at = mark
        index += 1
        if index < bytes.count, let byte = Self.simpleEscapes[bytes[index]] {
            index += 1
            out.append(byte)
            return
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "u") else {
            throw invalid("invalid escape: a backslash followed by \(found())",
                          fix: "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", at: at)
        }
        var code = try hex4(at)
        if (0xD800..<0xDC00).contains(code), matches("\\u") {
            let low = try hex4(Mark(offset: index, line: line, lineStart: lineStart), skipping: 1)
            if (0xDC00..<0xE000).contains(low) { code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00) }
        }
        guard let scalar = Unicode.Scalar(code) else {
            throw invalid("lone surrogate \\u\(Self.hex(code, width: 4)) in a string",
                          fix: "a high surrogate (\\uD800–\\uDBFF) must be followed by a low one (\\uDC00–\\uDFFF); write the character itself", at: at)
        }
        UTF8.encode(scalar) { out.append($0) }
    }

    /// The four hex digits after `\u`; the parser is at the `\` (`skipping` 1) or the `u`.
    private mutating func hex4(_ at: Mark, skipping: Int = 0) throws(GraphError) -> UInt32 {
        index += skipping + 1
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Self.hexDigit(bytes[index]) else {
                throw invalid("\\u must be followed by four hex digits", fix: "write \\u00e9, for example", at: at)
            }
            code = code << 4 | digit
            index += 1
        }
        return code
    }

    /// The number at the parser's place, checked against RFC 8259's grammar and the range of a
    /// `Double`, as the file spells it.
    mutating func number() throws(GraphError) -> String {
        let start = mark
        let bytes = self.bytes
        let isDigit = { (i: Int) in i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) }
        func digits(after what: String) throws(GraphError) {
            guard isDigit(index) else {
                if what == "'-'", index < bytes.count, bytes[index] == UInt8(ascii: "I") {
                    index = start.offset
                    throw unexpected("a value")
                }
                throw invalid("a digit must follow \(what) in a number, not \(found())", fix: "write 0.5, 1.0 or 1e5, for example")
            }
            while isDigit(index) { index += 1 }
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if isDigit(index), bytes[index] == UInt8(ascii: "0"), isDigit(index + 1) {
            throw invalid("number with a leading zero", fix: "write 7, not 07; quote it if it is a name or code", at: start)
        }
        try digits(after: "'-'")
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            try digits(after: "'.'")
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            try digits(after: "the exponent")
        }
        let literal = UnsafeBufferPointer(rebasing: bytes[start.offset..<index])
        guard Double(String(decoding: literal, as: UTF8.self))?.isFinite == true else {
            throw fail("number out of range", fix: "a number must fit a 64-bit float; quote it as a string", at: start)
        }
        return String(decoding: literal, as: UTF8.self)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
        default: nil
        }
    }

    /// How many leading bytes of `raw` are valid UTF-8.
    static func validPrefix(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = raw.makeIterator()
        var count = 0
        while case .valid(let encoded) = parser.parseScalar(from: &bytes) { count += encoded.count }
        return count
    }
}
