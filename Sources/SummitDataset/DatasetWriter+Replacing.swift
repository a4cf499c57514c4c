import SummitGraph

extension DatasetWriter {
    /// Puts node `record` in the place of node `old`, as a curator does when a later source names
    /// the holder of an office the dataset kept as a `position` node: every edge's `source`,
    /// `target` and `place` and every conflict's subject that named `old` name `record.id`, and
    /// `old`'s row goes. `record` keeps `old`'s sources after its own; when `record.id` is a node
    /// already, `old` is merged into it (the record's aliases and sources added to that row).
    /// - Throws: ``DatasetError/unknownRecord(file:id:closest:)`` when there is no node `old`;
    ///   ``DatasetError/unwritableValue(file:column:value:reason:)`` for a value a row cannot hold.
    /// - Complexity: O(rows of `nodes.tsv`, `edges.tsv` and `conflicts.tsv`).
    public mutating func replaceNode(_ old: String, with record: NodeRecord) throws(DatasetError) {
        let file = DatasetFile.nodes.rawValue
        guard var nodes = documents[file], let line = nodes.rowIndex(where: "id", is: old) else {
            let ids = documents[file].map { d in d.rowIndices.map { d.value("id", ofLine: $0) } } ?? []
            throw .unknownRecord(file: path(file), id: old, closest: Spelling.closest(to: old, among: ids, count: 1).first)
        }
        let oldSources = nodes.value("sources", ofLine: line).split(separator: ";").map { trimmingSpaces($0) }.filter { !$0.isEmpty }
        try atomically { (writer: inout Self) throws(DatasetError) in
            nodes.remove(lineAt: line)
            writer.documents[file] = nodes
            if nodes.rowIndex(where: "id", is: record.id) != nil {
                for alias in record.aliases { try writer.addAlias(alias, toNode: record.id) }
                for source in record.sources + oldSources { try writer.addSource(source, toNode: record.id) }
            } else {
                var merged = record
                merged.sources += oldSources.filter { !record.sources.contains($0) }
                try writer.add(merged)
            }
            writer.renameReferences(from: old, to: record.id)
        }
    }

    /// Every edge end and place, and every conflict subject, that is `old` becomes `new`.
    private mutating func renameReferences(from old: String, to new: String) {
        if var edges = documents[DatasetFile.edges.rawValue] {
            for index in edges.rowIndices {
                for column in ["source", "target", "place"] where edges.value(column, ofLine: index) == old {
                    edges.setValue(new, column: column, ofLine: index)
                }
            }
            documents[DatasetFile.edges.rawValue] = edges
        }
        if var conflicts = documents[DatasetFile.conflicts.rawValue] {
            for index in conflicts.rowIndices {
                let subjects = conflicts.value("subjects", ofLine: index)
                let items = subjects.split(separator: ";", omittingEmptySubsequences: false).map { trimmingSpaces($0) }
                guard items.contains(old) else { continue }
                let separator = subjects.contains("; ") ? "; " : ";"
                conflicts.setValue(items.map { $0 == old ? new : $0 }.joined(separator: separator), column: "subjects", ofLine: index)
            }
            documents[DatasetFile.conflicts.rawValue] = conflicts
        }
    }
}
