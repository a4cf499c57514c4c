import Foundation
import SummitGraph

/// Reads an edge list: TSV (a tab in the header) or CSV (RFC 4180 quoting), with a header
/// naming `source`/`src`/`from`/`:START_ID`, `target`/`dst`/`to`/`:END_ID`, and optionally
/// `type`/`:TYPE`, `id`, `date`, `status`, `sources` and summitgraph's other edge columns; any
/// other column is a free attribute. A column may carry a neo4j-admin type (`weight:double`,
/// `count:int`, `flag:boolean`, `tags:string[]`, whose items are `;`-separated). A sibling
/// `NAME.nodes.tsv` (columns `id`, `kind`, `name`) beside `NAME.edges.tsv` is read too.
enum EdgeListReader {
    static let sourceNames = ["source", "src", "from", ":START_ID"], targetNames = ["target", "dst", "to", ":END_ID"]

    typealias Read = (nodes: [ImportedRecord], edges: [ImportedRecord], types: [String: AttributeType])

    /// Reads the edge list `data` (the file `file`) and, when given, its nodes file's contents.
    static func read(_ data: Data, nodes nodeData: Data?, file: String) throws(ImportError) -> Read {
        let edges = try table(data, file: file)
        guard let header = edges.first else { throw ImportError(file: file, message: "the file is empty", fix: "start it with a header: source, target, type…") }
        guard header.cells.contains(where: sourceNames.contains), header.cells.contains(where: targetNames.contains) else {
            throw ImportError(file: file, line: header.line, message: "the header names no source and target column",
                              fix: "name them source and target (or src/dst, from/to, :START_ID/:END_ID)")
        }
        let columns = header.cells.map(Column.init)
        var types: [String: AttributeType] = [:]
        for column in columns where column.type != nil { types[column.name] = column.type }
        var records: [ImportedRecord] = []
        for row in edges.dropFirst() {
            guard row.cells.count == header.cells.count else {
                throw ImportError(file: file, line: row.line, message: "\(row.cells.count) fields where the header has \(header.cells.count)")
            }
            var values: [String: JSONValue] = [:]
            var s: String?, t: String?, id: String?
            for (column, cell) in zip(columns, row.cells) {
                if sourceNames.contains(column.header) { s = cell } else if targetNames.contains(column.header) { t = cell }
                else if column.name == "id" { id = cell }
                else if !cell.isEmpty {
                    values[column.name] = column.isList ? .array(cell.split(separator: ";").map { .string(String($0)) }) : .string(cell)
                }
            }
            records.append(ImportedRecord(id: id, source: s, target: t, values: values, line: row.line, column: 1))
        }
        var nodes: [ImportedRecord] = []
        if let nodeData, let sibling = siblingNodesFile(of: file) {
            let rows = try table(nodeData, file: sibling)
            let head = rows.first?.cells ?? []
            guard let idIndex = head.firstIndex(where: { $0 == "id" || $0.hasSuffix(":ID") }) else {
                throw ImportError(file: sibling, message: "the header has no id column")
            }
            for row in rows.dropFirst() where row.cells.count == head.count {
                var values: [String: JSONValue] = [:]
                for (name, cell) in zip(head, row.cells) where name != head[idIndex] { values[name] = .string(cell) }
                nodes.append(ImportedRecord(id: row.cells[idIndex], values: values, line: row.line, column: 1))
            }
        }
        return (nodes, records, types)
    }

    /// A header cell: the name values go by, and the type a neo4j-admin suffix gives.
    struct Column {
        let header: String
        let name: String
        let type: AttributeType?
        let isList: Bool

        init(_ header: String) {
            self.header = header
            guard header != ":TYPE" else { (name, type, isList) = ("type", nil, false); return }
            let parts = header.split(separator: ":", maxSplits: 1)
            name = parts.first.map(String.init) ?? header
            var suffix = parts.count == 2 ? String(parts[1]) : ""
            isList = suffix.hasSuffix("[]")
            if isList { suffix.removeLast(2) }
            switch suffix {
            case "": type = nil
            case "int", "short", "byte": type = .int
            case "long": type = .long
            case "float": type = .float
            case "double": type = .double
            case "boolean": type = isList ? nil : .boolean
            default: type = .string
            }
        }
    }

    /// `NAME.nodes.tsv` for `NAME.edges.tsv` (and the same for `.csv`).
    static func siblingNodesFile(of file: String) -> String? {
        guard file.hasSuffix(".edges.tsv") || file.hasSuffix(".edges.csv") else { return nil }
        return String(file.dropLast(9)) + "nodes" + String(file.suffix(4))
    }

    struct Row { let line: Int; let cells: [String] }

    /// Rows of a TSV or CSV file; `#` comment lines and blank lines skipped. Lines are split at
    /// the byte `\n` with one `\r` before it dropped, as the bulk reader's `LineCursor` does (as
    /// `Character`s, "\r\r\n" would lose both carriage returns).
    static func table(_ data: Data, file: String) throws(ImportError) -> [Row] {
        guard String(data: data, encoding: .utf8) != nil else { throw ImportError(file: file, message: "invalid UTF-8", fix: "save the file as UTF-8") }
        var rows: [Row] = []
        var tabbed: Bool?
        for (i, bytes) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = Substring(String(decoding: bytes.last == 0x0D ? bytes.dropLast() : bytes, as: UTF8.self))
            if line.isEmpty || line.hasPrefix("#") { continue }
            let isTabbed = tabbed ?? line.contains("\t")
            tabbed = isTabbed
            rows.append(Row(line: i + 1, cells: isTabbed ? line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) : csv(line)))
        }
        return rows
    }

    static func csv(_ line: Substring) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" { if let n = chars.next() { if n == "\"" { cell.append("\"") } else { quoted = false; if n == "," { cells.append(cell); cell = "" } else { cell.append(n) } } } else { quoted = false } }
                else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { cells.append(cell); cell = "" }
            else { cell.append(c) }
        }
        cells.append(cell)
        return cells
    }
}
