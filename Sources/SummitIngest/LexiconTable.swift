/// One lexicon file read: its rows as column name → value, comments and blank lines skipped.
struct LexiconTable: Sendable {
    let name: String
    let rows: [[String: String]]
    /// The 1-based line of each row, for messages.
    let lines: [Int]

    /// Reads TSV text: `#` comments, a header line, then one row a line (LF or CRLF).
    /// - Complexity: O(*n*) in the length of `text`, split at the bytes of tab and line feed (as
    ///   Characters, a CRLF line end was no line feed and the split cost most of the reading).
    init(name: String, text: String) throws(IngestError) {
        self.name = name
        var header: [String]? = nil
        var rows: [[String: String]] = [], lines: [Int] = []
        for (index, bytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard let columns = header else { header = fields; continue }
            guard fields.count <= columns.count else {
                throw .lexicon(file: name, line: index + 1, message: "\(fields.count) fields, the header has \(columns.count)")
            }
            var row: [String: String] = [:]
            for (i, column) in columns.enumerated() { row[column] = i < fields.count ? fields[i] : "" }
            rows.append(row)
            lines.append(index + 1)
        }
        (self.rows, self.lines) = (rows, lines)
    }

    /// The rows for `language` (all rows when the table has no `lang` column).
    func rows(for language: String) -> [[String: String]] {
        rows.filter { ($0["lang"] ?? language) == language }
    }
}
