import SummitGraph

/// A selection decided for one graph's columns: whether it admits each type code, status code
/// and detail code (the areas live in an edge's details), each decided once, so that an edge is
/// tested with three array reads and its date, however many edges share them.
struct ColumnFilter {
    private let selection: Selection
    private let types: [Bool], statuses: [Bool]
    /// By detail code, when areas are selected; an edge without details has no areas.
    private let details: [Bool]?
    private let edges: EdgeStore

    /// - Complexity: O(*t* + *s* + *d*) for the graph's distinct types, statuses and details.
    init(_ selection: Selection, _ edges: EdgeStore) {
        (self.selection, self.edges) = (selection, edges)
        types = edges.types.map { selection.types.isEmpty || selection.types.contains($0) }
        statuses = edges.statuses.map { selection.statuses.isEmpty || selection.statuses.contains($0) }
        details = selection.matchedAreas.isEmpty ? nil : edges.details.map { selection.admits(areas: $0.areas) }
    }

    /// Whether the selection admits edge `id` (its ends aside).
    /// - Complexity: O(1).
    func admits(_ id: EdgeID) -> Bool {
        let i = id.offset
        guard types[Int(edges.typeCodes[i])], statuses[Int(edges.statusCodes[i])] else { return false }
        if let details {
            let code = edges.detailCodes[i]
            guard code >= 0, details[Int(code)] else { return false }
        }
        return selection.admits(date: edges.date(of: id))
    }
}
