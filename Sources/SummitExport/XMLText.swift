/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// `text` escaped for element content or a double-quoted attribute. Characters XML 1.0
    /// cannot hold (C0 controls but TAB and LF; CR, which parsers turn into LF) are removed
    /// and counted in `log`.
    static func escaped(_ text: String, at place: @autoclosure () -> String, log: inout LossLog,
                        format: String, inAttribute: Bool = false) -> String {
        // Most values need no escape: one pass over the bytes (U+FFFE/U+FFFF start with 0xEF).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            case "\n": out += inAttribute ? "&#10;" : "\n"
            case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
                log.note("\(format) cannot hold control characters; removed", at: place())
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
