import SummitGraph

extension DatasetReader {
    /// Reads `edges.tsv`: references, vocabularies, dates and the rules of each edge type.
    mutating func readEdges(_ table: TSVTable) {
        var lines: [String: Int] = [:]
        for row in table.rows {
            let id = checkID(table, row, file: .edges, what: "edge", taken: lines)
            let type = parse(table, row, row["type"], as: EdgeType.self, what: "edge type")
            let source = nodeReference(table, row, row["source"], column: "source")
            let target = nodeReference(table, row, row["target"], column: "target")
            let status = parse(table, row, row["status"], as: EdgeStatus.self, what: "status")
            let date = readDate(table, row, required: type?.requiresDate == true, type: type)
            var place: NodeID?
            if !row["place"].isEmpty, let ref = nodeReference(table, row, row["place"], column: "place") {
                place = ref
                if !nodesOfUnknownKind.contains(ref), ![.place, .state].contains(nodes[ref.offset].kind) {
                    report(table, row, row["place"], "place '\(row["place"].text)' is a \(nodes[ref.offset].kind.rawValue), not a place or state",
                           fix: "name a place or state node, or leave 'place' empty")
                }
            }
            let role = readRole(table, row, type: type)
            let title = readTitle(table, row, type: type)
            let areas = readAreas(table, row, type: type)
            let citations = sourceList(table, row, row["sources"]).map { Citation(source: $0) }
            if row["sources"].items().isEmpty {
                report(table, row, row["sources"], "edge without a source",
                       fix: "list the id of every source that states it, from \(path(.sources))")
            }
            if let type, let source, let target {
                checkKinds(table, row, type: type, source: source, target: target)
            }
            if let id { lines[id] = row.line }
            if citations.count < row["sources"].items().count { edgesWithUnknownSources.insert(row["id"].text) }
            guard let id, let type, let source, let target, let status else { continue }
            edgeIDs[id] = EdgeID(edges.count)
            edges.append(Edge(slug: id, type: type, source: source, target: target, status: status,
                              date: date, place: place, role: role, title: title, areas: areas,
                              topics: row["topics"].items().map(\.text), citations: citations,
                              note: row["note"].isEmpty ? nil : row["note"].text))
        }
    }

    private mutating func readDate(_ table: TSVTable, _ row: Row, required: Bool, type: EdgeType?) -> DateSpan? {
        let field = row["date"]
        if field.isEmpty {
            if required, let type {
                report(table, row, field, "'\(type.rawValue)' edge without a date",
                       fix: "give the date the sources state (YYYY, YYYY-MM or YYYY-MM-DD, or a range START/END)")
            }
            return nil
        }
        do { return try DateSpan(parsing: field.text) } catch {
            guard case .invalidDate(let text, let reason, let offset) = error else { return nil }
            let fix = reason.hasPrefix("the range ends")
                ? "put the earlier date first: START/END"
                : "write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END with a real calendar date"
            report(table, row, Field(text: text, column: field.column + offset), "invalid date '\(text)': \(reason)", fix: fix)
            return nil
        }
    }

    private mutating func readRole(_ table: TSVTable, _ row: Row, type: EdgeType?) -> ParticipationRole? {
        let field = row["role"]
        guard let type else { return nil }
        if !type.takesRole {
            if !field.isEmpty {
                report(table, row, field, "'\(type.rawValue)' edges take no role, but this one has '\(field.text)'",
                       fix: "leave 'role' empty; roles belong to participates_in edges")
            }
            return nil
        }
        return parse(table, row, field, as: ParticipationRole.self, what: "participation role")
    }

    private mutating func readTitle(_ table: TSVTable, _ row: Row, type: EdgeType?) -> String? {
        let field = row["title"]
        guard let type else { return nil }
        if type.takesTitle, field.isEmpty {
            report(table, row, field, "'\(type.rawValue)' edge without a title",
                   fix: "name the office, e.g. 'President'")
        } else if !type.takesTitle, !field.isEmpty {
            report(table, row, field, "'\(type.rawValue)' edges take no title, but this one has '\(field.text)'",
                   fix: "leave 'title' empty; titles belong to head_of and holds_role edges")
        }
        return field.isEmpty ? nil : field.text
    }

    private mutating func readAreas(_ table: TSVTable, _ row: Row, type: EdgeType?) -> [CooperationArea] {
        let items = row["areas"].items()
        if type?.requiresAreas == true, items.isEmpty {
            report(table, row, row["areas"], "cooperates_with edge without an area",
                   fix: "list the cooperation areas the sources name, separated by ';'")
        }
        var areas: [CooperationArea] = []
        for item in items {
            if let area = CooperationArea(rawValue: item.text) {
                areas.append(area)
            } else {
                reportUnknown(table, row, item, what: "cooperation area", known: CooperationArea.vocabulary)
            }
        }
        return Array(Set(areas)).sorted()
    }

    private mutating func checkKinds(_ table: TSVTable, _ row: Row, type: EdgeType, source: NodeID, target: NodeID) {
        for (column, node, allowed) in [("source", source, type.sourceKinds), ("target", target, type.targetKinds)]
        where !nodesOfUnknownKind.contains(node) {
            let kind = nodes[node.offset].kind
            if !allowed.contains(kind) {
                let kinds = allowed.sorted().map(\.rawValue)
                let names = kinds.count == 1 ? kinds[0] : kinds.dropLast().joined(separator: ", ") + " or " + kinds[kinds.count - 1]
                report(table, row, row[column],
                       "a '\(type.rawValue)' edge cannot \(column == "source" ? "start at" : "end at") '\(nodes[node.offset].slug)', a \(kind.rawValue)",
                       fix: "its \(column) must be a \(names); check the direction or the type")
            }
        }
    }
}
