import SummitGraph

extension DatasetWriter {
    /// How `file`, whose contents are `document`, orders its rows: nodes by kind, edges by type
    /// (then by the kind of node they start at), evidence by its edge's type and in edge order,
    /// then by id where sorted; sections in the schema's order. Other files keep their rows in
    /// the order added.
    /// - Complexity: O(rows of the files it reads).
    func order(for file: String, of document: TSVDocument) -> RowOrder {
        var order = RowOrder()
        // Columns are looked up once here, not once per row.
        let positions = document.positions
        let at = { (name: String) in positions[name] }
        let (id, kind, type, source, edge) = (at("id"), at("kind"), at("type"), at("source"), at("edge"))
        let byID: (TSVDocument.RowView) -> RowOrder.SortKey? = { row in row[position: id].map(RowOrder.SortKey.text) }
        switch DatasetFile(rawValue: file) {
        case .nodes:
            let subtype = at("subtype")
            order.group = { $0[position: kind] ?? "" }
            order.sortKey = byID
            order.affinity = { $0[position: subtype] }
            order.precedes = { NodeKind(unchecked: $0) < NodeKind(unchecked: $1) }
            order.heading = { $0 + "s" }  // the seeds' `# persons`, `# states`
        case .edges:
            let kinds = Dictionary(rowsOf: .nodes, in: self) { row, _ in row["kind"] ?? "" }
            order.group = { $0[position: type] ?? "" }
            order.sortKey = byID
            order.affinity = { row in row[position: source].flatMap { kinds[$0] } }
            order.precedes = { EdgeType(unchecked: $0) < EdgeType(unchecked: $1) }
        case .evidence:
            let edges = Dictionary(rowsOf: .edges, in: self) { row, position in (type: row["type"] ?? "", position: position) }
            order.group = { row in row[position: edge].flatMap { edges[$0]?.type } ?? "" }
            order.sortKey = { row in row[position: edge].flatMap { edges[$0] }.map { .position($0.position) } }
            order.anchor = { $0[position: edge] }
            order.precedes = { EdgeType(unchecked: $0) < EdgeType(unchecked: $1) }
        case .sources, .conflicts:
            order.sortKey = byID
        case nil:
            break
        }
        return order
    }
}

extension Dictionary where Key == String {
    /// `value(row, position)` of each row of `file`, by the row's id (the first row of an id).
    fileprivate init(rowsOf file: DatasetFile, in writer: DatasetWriter, _ value: (TSVDocument.RowView, Int) -> Value) {
        self.init()
        guard let document = writer.documents[file.rawValue], let id = document.positions["id"] else { return }
        let rows = document.rowIndices
        reserveCapacity(rows.count)
        for (position, line) in rows.enumerated() {
            let row = document.view(ofLine: line)
            if let key = row[position: id], self[key] == nil { self[key] = value(row, position) }
        }
    }
}
