import SummitGraph

extension DatasetWriter {
    /// How `file` orders its rows: nodes by kind, edges by type (then by the kind of node they
    /// start at), evidence by its edge's type and in edge order, then by id where sorted;
    /// sections in the schema's order. Other files keep their rows in the order added.
    /// - Complexity: O(rows of the files it reads).
    func order(for file: String) -> RowOrder {
        var order = RowOrder()
        let id: ([String: String]) -> RowOrder.SortKey? = { row in row["id"].map(RowOrder.SortKey.text) }
        switch DatasetFile(rawValue: file) {
        case .nodes:
            order.group = { $0["kind"] ?? "" }
            order.sortKey = id
            order.affinity = { $0["subtype"] }
            order.precedes = { NodeKind(unchecked: $0) < NodeKind(unchecked: $1) }
            order.heading = { $0 + "s" }  // the seeds' `# persons`, `# states`
        case .edges:
            let kinds = column("kind", byID: .nodes)
            order.group = { $0["type"] ?? "" }
            order.sortKey = id
            order.affinity = { row in row["source"].flatMap { kinds[$0] } }
            order.precedes = { EdgeType(unchecked: $0) < EdgeType(unchecked: $1) }
        case .evidence:
            let types = column("type", byID: .edges)
            var positions: [String: Int] = [:]
            if let edges = documents[DatasetFile.edges.rawValue] {
                for (position, line) in edges.rowIndices.enumerated() { positions[edges.value("id", ofLine: line), default: position] = position }
            }
            order.group = { row in row["edge"].flatMap { types[$0] } ?? "" }
            order.sortKey = { row in row["edge"].flatMap { positions[$0] }.map(RowOrder.SortKey.position) }
            order.anchor = { $0["edge"] }
            order.precedes = { EdgeType(unchecked: $0) < EdgeType(unchecked: $1) }
        case .sources, .conflicts:
            order.sortKey = id
        case nil:
            break
        }
        return order
    }

    /// The value of `column` of each row of `file`, by the row's id (the first row of an id).
    private func column(_ column: String, byID file: DatasetFile) -> [String: String] {
        guard let document = documents[file.rawValue] else { return [:] }
        var values: [String: String] = [:]
        for line in document.rowIndices {
            let row = document.row(at: line)
            if let id = row["id"], values[id] == nil { values[id] = row[column] ?? "" }
        }
        return values
    }
}
