/// DOT quoting straight from UTF-8 bytes, for the column writer: the same text as the `String`
/// functions of ``DOTText``, without a `String` per value. Control characters are single bytes
/// in UTF-8, so escaping byte by byte is escaping scalar by scalar.
extension DOTText {
    /// Appends the inside of ``escString(_:at:log:)`` (no quotes).
    /// - Returns: How many control characters were removed.
    /// - Complexity: O(*n*); text that needs no care is one scan and one copy.
    static func appendEscaped(_ raw: UnsafeRawBufferPointer, to out: inout ExportBytes) -> Int {
        guard raw.contains(where: needsCare) else { out.append(raw); return 0 }
        var removed = 0
        for byte in raw {
            switch byte {
            case UInt8(ascii: "\\"): out.append("\\\\")
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\n"): out.append("\\n")
            case 0..<0x20, 0x7F: removed += 1
            default: out.append(byte: byte)
            }
        }
        return removed
    }

    /// ``appendEscaped(_:to:)`` of a `String`.
    static func appendEscaped(_ text: String, to out: inout ExportBytes) -> Int {
        var text = text
        return text.withUTF8 { appendEscaped(UnsafeRawBufferPointer($0), to: &out) }
    }

    /// Appends ``label(_:at:log:)`` of the UTF-8 `raw`, logging as it does.
    static func appendLabel(_ raw: UnsafeRawBufferPointer, to out: inout ExportBytes, at place: () -> String, log: inout LossLog) {
        if raw.contains(UInt8(ascii: "&")) {
            out.append(label(String(decoding: raw, as: UTF8.self), at: place(), log: &log))
            return
        }
        out.append(byte: UInt8(ascii: "\""))
        let removed = appendEscaped(raw, to: &out)
        out.append(byte: UInt8(ascii: "\""))
        if removed > 0 { log.note(controlRemoval, at: place(), count: removed) }
    }

    /// Appends ``id(_:)`` of the UTF-8 `raw`.
    /// - Returns: Whether a space had to be added.
    static func appendID(_ raw: UnsafeRawBufferPointer, to out: inout ExportBytes) -> Bool {
        guard raw.contains(where: needsCare) else {
            out.append(byte: UInt8(ascii: "\""))
            out.append(raw)
            out.append(byte: UInt8(ascii: "\""))
            return false
        }
        let (quoted, changed) = id(String(decoding: raw, as: UTF8.self))
        out.append(quoted)
        return changed
    }
}
