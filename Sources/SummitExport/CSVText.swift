/// CSV fields as RFC 4180 writes them, from bytes: a field with a comma, a quote or a line break
/// (CR, LF, VT, FF, NEL, U+2028, U+2029), or with a space or tab at either end, is quoted and its
/// quotes doubled; any other field is copied as it is. Quoting the ends keeps leading and trailing
/// blanks through importers that trim unquoted fields (older neo4j-admin does by default).
enum CSVText {
    /// Appends `raw` (UTF-8) as one field.
    /// - Returns: Whether the field holds a CR or LF, so that readers need multi-line parsing.
    /// - Complexity: O(*n*).
    @discardableResult
    static func append(_ raw: UnsafeRawBufferPointer, to out: inout ExportBytes) -> Bool {
        var quote = false, lineBreak = false
        if let first = raw.first, let last = raw.last, isBlank(first) || isBlank(last) { quote = true }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in raw {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""): quote = true
            case 0x0A, 0x0D: quote = true; lineBreak = true
            case 0x0B, 0x0C: quote = true
            case 0x85 where previous.1 == 0xC2: quote = true  // NEL
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80): quote = true  // U+2028, U+2029
            default: break
            }
            previous = (previous.1, byte)
        }
        guard quote else { out.append(raw); return false }
        out.append(byte: UInt8(ascii: "\""))
        var start = 0
        for (i, byte) in raw.enumerated() where byte == UInt8(ascii: "\"") {
            out.append(UnsafeRawBufferPointer(rebasing: raw[start...i]))
            out.append(byte: UInt8(ascii: "\""))
            start = i + 1
        }
        out.append(UnsafeRawBufferPointer(rebasing: raw[start...]))
        out.append(byte: UInt8(ascii: "\""))
        return lineBreak
    }

    /// Appends `text` as one field.
    @discardableResult
    static func append(_ text: String, to out: inout ExportBytes) -> Bool {
        var text = text
        return text.withUTF8 { append(UnsafeRawBufferPointer($0), to: &out) }
    }

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
