import SummitGraph

extension DatasetWriter {
    /// Adds a line to `sources.tsv`.
    public mutating func add(_ source: Source) throws(DatasetError) { try add(source.fields, to: .sources) }

    /// Adds a line to `nodes.tsv`, in its kind's section.
    public mutating func add(_ node: NodeRecord) throws(DatasetError) { try add(node.fields, to: .nodes) }

    /// Adds a line to `edges.tsv`, in its type's section (the one whose edges start at nodes of
    /// the same kind, when the type has several).
    public mutating func add(_ edge: EdgeRecord) throws(DatasetError) { try add(edge.fields, to: .edges) }

    /// Adds a line to `evidence.tsv`, after its edge's other evidence, else in edge order. The
    /// edge must cite the source already (see ``corroborate(_:)``).
    public mutating func add(_ evidence: EvidenceRecord) throws(DatasetError) { try add(evidence.fields, to: .evidence) }

    /// Adds a line to `conflicts.tsv`.
    public mutating func add(_ conflict: ConflictRecord) throws(DatasetError) { try add(conflict.fields, to: .conflicts) }

    /// A corroboration: `evidence.source` is added to the `sources` of edge `evidence.edge`
    /// (unless the edge lists it already) and the evidence line is added.
    /// - Throws: ``DatasetError/unknownRecord(file:id:closest:)`` when there is no such edge.
    public mutating func corroborate(_ evidence: EvidenceRecord) throws(DatasetError) {
        try atomically { (writer: inout Self) throws(DatasetError) in
            try writer.appendItem(evidence.source, to: "sources", ofRow: evidence.edge, in: .edges)
            try writer.add(evidence)
        }
    }

    /// Adds `alias` to the `aliases` of node `id` (unless it has it already).
    public mutating func addAlias(_ alias: String, toNode id: String) throws(DatasetError) {
        try appendItem(alias, to: "aliases", ofRow: id, in: .nodes)
    }

    /// Adds source `source` to the `sources` of node `id` (unless it has it already).
    public mutating func addSource(_ source: String, toNode id: String) throws(DatasetError) {
        try appendItem(source, to: "sources", ofRow: id, in: .nodes)
    }

    /// Adds a row to any `.tsv` file of the dataset (`rejections.tsv`), created with these
    /// columns when it does not exist; a known dataset file is ordered as the typed additions
    /// order it. Columns the header lacks are added (after the others, or in the schema's
    /// order for a dataset file); empty values add no column.
    /// - Throws: ``DatasetError/unwritableValue(file:column:value:reason:)``.
    public mutating func add(_ row: [(column: String, value: String)], to file: String) throws(DatasetError) {
        guard !file.contains("/"), !file.hasPrefix("."), file.hasSuffix(".tsv") else {
            throw .unwritableValue(file: path(file), column: "", value: file, reason: "not the name of a .tsv file in the dataset folder")
        }
        for (column, value) in row {
            try checkWritable(value, column: column, file: file)
            try checkWritable(column, column: column, file: file)
        }
        let schema = DatasetFile(rawValue: file)?.columns(in: self.schema)
        var document = documents[file] ?? TSVDocument(columns: schema ?? row.map(\.column))
        if document.headerIndex == nil { document.addHeader(schema ?? row.map(\.column)) }
        for (column, value) in row where !value.isEmpty && !document.columns.contains(column) {
            document.addColumn(column, at: Self.position(of: column, in: document.columns, schema: schema))
        }
        var values: [String: String] = [:]
        for (column, value) in row { values[column] = value }
        let bytes = document.rowBytes(values)
        if bytes.first == UInt8(ascii: "#") {
            throw .unwritableValue(file: path(file), column: document.columns.first ?? "", value: values[document.columns.first ?? ""] ?? "",
                                   reason: "a line starting with '#' is a comment")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            throw .unwritableValue(file: path(file), column: "", value: "", reason: "a row of empty fields is a blank line")
        }
        document.insert(row: values, at: document.placement(of: values, order: order(for: file, of: document)))
        documents[file] = document
    }

    private mutating func add(_ fields: [String: String], to file: DatasetFile) throws(DatasetError) {
        try add(file.columns(in: schema).map { (column: $0, value: fields[$0] ?? "") }, to: file.rawValue)
    }

    /// Appends `item` to the list in `column` of the row whose id is `id`, adding the column
    /// when the header lacks it.
    private mutating func appendItem(_ item: String, to column: String, ofRow id: String, in file: DatasetFile) throws(DatasetError) {
        try checkWritable(item, column: column, file: file.rawValue)
        if item.contains(";") || trimmingSpaces(item[...]) != item || item.isEmpty {
            throw .unwritableValue(file: path(file.rawValue), column: column, value: item,
                                   reason: "a list item cannot be empty, hold ';' or start or end with a space")
        }
        guard var document = documents[file.rawValue], let line = document.rowIndex(where: "id", is: id) else {
            let ids = documents[file.rawValue].map { d in d.rowIndices.map { d.value("id", ofLine: $0) } } ?? []
            throw .unknownRecord(file: path(file.rawValue), id: id, closest: Spelling.closest(to: id, among: ids, count: 1).first)
        }
        if !document.columns.contains(column) {
            document.addColumn(column, at: Self.position(of: column, in: document.columns, schema: file.columns(in: schema)))
        }
        document.appendItem(item, column: column, ofLine: line)
        documents[file.rawValue] = document
    }

    private func checkWritable(_ value: String, column: String, file: String) throws(DatasetError) {
        if value.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .unwritableValue(file: path(file), column: column, value: value, reason: "a field cannot hold a tab or a line break")
        }
    }

    /// Where column `name` goes in `header`: after the last column that precedes it in `schema`,
    /// or last.
    static func position(of name: String, in header: [String], schema: [String]?) -> Int {
        guard let schema, let rank = schema.firstIndex(of: name) else { return header.count }
        let before = Set(schema[..<rank])
        return (header.lastIndex { before.contains($0) }).map { $0 + 1 } ?? 0
    }

    /// Runs `body` on the writer; when it throws, the writer is left as it was.
    mutating func atomically(_ body: (inout Self) throws(DatasetError) -> Void) throws(DatasetError) {
        var copy = self
        try body(&copy)
        self = copy
    }
}
