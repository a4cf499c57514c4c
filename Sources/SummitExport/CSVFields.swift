/// Rendering attribute values as the CSV fields of a bundle's columns.
enum CSVFields {
    static let arraySplit = "CSV arrays are ';'-separated; an item containing ';' splits in two"

    /// What rendering some fields found: lists that lose their shape, line breaks.
    struct Findings {
        /// Lists with an item containing `;`.
        var splitLists = 0
        /// Whether a field holds a CR or LF.
        var lineBreak = false
    }

    /// The fields of `columns`, comma-separated, from `values` (a column with no value is empty).
    /// Lists are joined with `;`, maps written as canonical JSON text.
    /// - Parameter place: names the element for the loss log.
    static func append(_ values: ExportAttributes.List, columns: [CSVColumn], to out: inout ExportBytes,
                       findings: inout Findings, log: inout LossLog, place: @autoclosure () -> String) {
        for (i, column) in columns.enumerated() {
            if i > 0 { out.append(byte: UInt8(ascii: ",")) }
            guard let value = values.first(where: { $0.name == column.name })?.value else { continue }
            let text: String
            switch value {
            case .text(let t), .typed(let t, _): text = t
            case .map: text = value.flattened
            case .list(let items):
                if items.contains(where: { $0.contains(";") }) {
                    findings.splitLists += 1
                    log.note(arraySplit, at: "\(place()) \(column.name)")
                }
                text = items.joined(separator: ";")
            }
            if CSVText.append(text, to: &out) { findings.lineBreak = true }
        }
    }

    /// A header line: the fields of `columns` in `flavour`, CRLF-terminated.
    static func header(_ columns: [CSVColumn], in flavour: CSVBundleOptions.Flavour) -> [UInt8] {
        var out = ExportBytes()
        for (i, column) in columns.enumerated() {
            if i > 0 { out.append(byte: UInt8(ascii: ",")) }
            CSVText.append(column.field(in: flavour), to: &out)
        }
        out.append("\r\n")
        return (try? out.finish()) ?? []
    }
}
