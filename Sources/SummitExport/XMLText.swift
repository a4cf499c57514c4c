/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// `text` escaped for element content or a double-quoted attribute. Characters XML 1.0
    /// cannot hold (C0 controls but TAB and LF; CR, which parsers turn into LF) are removed
    /// and counted in `log`.
    static func escaped(_ text: String, at place: @autoclosure () -> String, log: inout LossLog,
                        format: String, inAttribute: Bool = false) -> String {
        guard text.utf8.contains(where: needsCare) else { return text }
        var out = ExportBytes(capacity: text.utf8.count + 16)
        var text = text
        let removed = text.withUTF8 { append(UnsafeRawBufferPointer($0), to: &out, inAttribute: inAttribute) }
        if removed > 0 { log.note("\(format) cannot hold control characters; removed", at: place(), count: removed) }
        return out.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the UTF-8 `raw` escaped as ``escaped(_:at:log:format:inAttribute:)`` escapes it.
    /// - Returns: How many characters were removed.
    /// - Complexity: O(*n*); a value that needs no escape is one scan and one copy.
    static func append(_ raw: UnsafeRawBufferPointer, to out: inout ExportBytes, inAttribute: Bool = false) -> Int {
        guard raw.contains(where: needsCare) else { out.append(raw); return 0 }
        var removed = 0, i = 0
        while i < raw.count {
            let byte = raw[i]
            switch byte {
            case UInt8(ascii: "&"): out.append("&amp;")
            case UInt8(ascii: "<"): out.append("&lt;")
            case UInt8(ascii: ">"): out.append("&gt;")
            case UInt8(ascii: "\""): out.append("&quot;")
            case UInt8(ascii: "\t"): if inAttribute { out.append("&#9;") } else { out.append(byte: byte) }
            case UInt8(ascii: "\n"): if inAttribute { out.append("&#10;") } else { out.append(byte: byte) }
            case 0..<0x20: removed += 1
            case 0xEF where i + 2 < raw.count && raw[i + 1] == 0xBF && (raw[i + 2] == 0xBE || raw[i + 2] == 0xBF):
                removed += 1  // U+FFFE, U+FFFF
                i += 2
            default: out.append(byte: byte)
            }
            i += 1
        }
        return removed
    }

    /// Appends `text` escaped; what escaping removed is noted in `log` as `removal`, at `place`.
    /// - Returns: How many characters were removed.
    @discardableResult
    static func append(_ text: String, to out: inout ExportBytes, inAttribute: Bool = false, log: inout LossLog,
                       noting removal: String, at place: @autoclosure () -> String) -> Int {
        var text = text
        let removed = text.withUTF8 { append(UnsafeRawBufferPointer($0), to: &out, inAttribute: inAttribute) }
        if removed > 0 { log.note(removal, at: place(), count: removed) }
        return removed
    }

    /// Whether a byte may need more than copying (U+FFFE and U+FFFF start with 0xEF).
    @inline(__always) static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF
    }
}
