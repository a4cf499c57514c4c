/// Columns aligned for a terminal, counting East Asian wide characters as two cells.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: String...) { self.header = header }
    init(_ header: [String]) { self.header = header }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table, its header in bold on a terminal; when `width` is given (a terminal, without
    /// `--wide`), the widest columns are cut, with `…`, until every line fits in it.
    /// - Complexity: O(*c* · *w*) for *c* cells, plus O(*w*²) in the columns' widths when cutting.
    func rendered(indent: String = "  ", width: Int? = Terminal.tableWidth) -> String {
        var widths = header.map(Self.width)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
        }
        if let width { widths = Self.fitted(widths, into: width - Self.width(indent), headers: header.map(Self.width)) }
        func line(_ cells: [String], bold: Bool = false) -> String {
            var text = ""
            for (i, cell) in cells.enumerated() {
                let shown = i < widths.count ? Self.cut(cell, to: widths[i]) : cell
                text += shown
                if i < cells.count - 1 { text += String(repeating: " ", count: max(0, widths[i] - Self.width(shown)) + 2) }
            }
            while text.last == " " { text.removeLast() }
            return indent + (bold ? Terminal.bold(text) : text)
        }
        return ([line(header, bold: true)] + rows.map { line($0) }).joined(separator: "\n") + "\n"
    }

    /// `widths` narrowed until they and their gaps fit `room`: the last column first (free text:
    /// details, aliases), then the widest; no column goes below its header or 10 cells, so a very
    /// narrow terminal still wraps.
    static func fitted(_ widths: [Int], into room: Int, headers: [Int]) -> [Int] {
        var widths = widths
        let gaps = 2 * max(0, widths.count - 1)
        let floors = widths.indices.map { min(widths[$0], max(headers[$0], 10)) }
        if let last = widths.indices.last {
            widths[last] = max(floors[last], widths[last] - (widths.reduce(gaps, +) - room))
        }
        while widths.reduce(gaps, +) > room {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// `text` in at most `cells` terminal cells, its end replaced by `…` when it is cut.
    static func cut(_ text: String, to cells: Int) -> String {
        guard width(text) > cells else { return text }
        var kept = "", used = 0
        for character in text {
            let w = width(String(character))
            if used + w > cells - 1 { break }
            kept.append(character)
            used += w
        }
        return kept + "…"
    }

    /// Terminal cells `text` takes: 2 for wide East Asian characters and emoji, 0 for combining marks.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: sum
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: sum + 2
            default: sum + 1
            }
        }
    }
}
