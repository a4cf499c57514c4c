/// Refuses bytes that are not text: invalid UTF-8 (located by line and column) and binary data.
enum TextCheck {
    /// - Throws: ``IngestError/empty(file:)``, ``IngestError/binary(file:offset:byte:)`` for a NUL
    ///   or a control byte other than TAB, LF, CR and FF, ``IngestError/invalidUTF8(file:line:column:offset:)``.
    /// - Complexity: O(*n*).
    static func validate(_ bytes: [UInt8], file: String) throws(IngestError) {
        guard !bytes.isEmpty else { throw .empty(file: file) }
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C || byte == 0x7F {
                    throw .binary(file: file, offset: i, byte: byte)
                }
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else { throw .invalidUTF8(file: file, line: line, column: column, offset: i) }
            i += length
            column += 1
        }
    }

    /// The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no
    /// surrogates, nothing past U+10FFFF), or 0.
    private static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < b.count && range.contains(b[i + k])
        }
        switch b[i] {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
