/// Quoting for Graphviz DOT.
enum DOTText {
    static let controlRemoval = "DOT cannot hold control characters; removed"
    static let idChange = "DOT cannot hold an id ending in a backslash; a space was added"

    /// An id as a plain DOT string; one ending in a backslash gets a space (`changed`).
    static func id(_ id: String) -> (quoted: String, changed: Bool) {
        if let quoted = plain(id) { return (quoted, false) }
        return (plain(id + " ") ?? "\"\"", true)
    }

    /// An escString value (`label`, `tooltip`): `\` → `\\`, `"` → `\"`, line break → `\n`;
    /// other control characters removed (logged), so Graphviz shows the text exactly.
    static func escString(_ text: String, at place: @autoclosure () -> String, log: inout LossLog) -> String {
        if !text.utf8.contains(where: needsCare) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\u{00}"..."\u{1F}", "\u{7F}": log.note(controlRemoval, at: place())
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A plain (non-escString) value or id: Graphviz only turns `\"` into `"`, so a backslash
    /// right before a quote, a line break, or at the very end cannot be written: `nil` then.
    /// Control characters other than TAB and LF are removed first (Graphviz's lexer stops at NUL).
    static func plain(_ text: String) -> String? {
        if !text.utf8.contains(where: needsCare) { return "\"" + text + "\"" }
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" }))
        var out = "\""
        var previous: Unicode.Scalar?
        for scalar in clean.unicodeScalars {
            if scalar == "\"" || scalar == "\n" {
                if previous == "\\" { return nil }
                out += scalar == "\"" ? "\\\"" : "\n"
            } else {
                out.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        if previous == "\\" { return nil }
        return out + "\""
    }
}

extension DOTText {
    /// Whether a byte asks for more than copying: a control character, DEL, a quote or a backslash.
    @inline(__always) static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether Graphviz would draw `text` differently in a plain label: it decodes HTML
    /// entities (`&amp;`, `&#38;`) there.
    static func hasEntity(_ text: String) -> Bool {
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
            if !name.isEmpty, after.dropFirst(name.count).first == ";" { return true }
            rest = after
        }
        return false
    }

    /// An HTML-like label that Graphviz draws as exactly `text`.
    static func htmlLabel(_ text: String) -> String {
        var out = "<"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\\": out += "\\\\"  // Graphviz expands \N, \G… in HTML labels too
            case "\n": out += "<BR/>"
            case "\u{00}"..."\u{1F}", "\u{7F}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    /// A label Graphviz draws as `text`: an escString, or an HTML-like label when the text holds
    /// an entity-like sequence (logged: the DOT `label` value then differs from the text).
    static func label(_ text: String, at place: @autoclosure () -> String, log: inout LossLog) -> String {
        guard hasEntity(text) else { return escString(text, at: place(), log: &log) }
        log.note("Graphviz decodes HTML entities in labels; written as an HTML-like label so it draws exactly, but its DOT value differs", at: place())
        return htmlLabel(text)
    }
}
