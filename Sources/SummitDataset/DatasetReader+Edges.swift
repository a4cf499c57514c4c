import SummitGraph

extension DatasetReader {
    /// Reads `edges.tsv`: references, vocabularies, dates, the rules of each edge type, and the
    /// columns the schema keeps as attributes.
    mutating func readEdges(_ table: TSVTable) {
        let schema = self.schema
        var lines: [String: Int] = [:]
        let attributeFields = schema.fields(in: .attribute)
        for row in table.rows {
            let id = checkID(table, row, file: .edges, what: "edge", taken: lines)
            let type: EdgeType? = parse(table, row, row["type"], what: "edge type", isDeclared: { schema.declares($0) },
                                        names: schema.types.map(\.type.rawValue))
            let rule = type.flatMap { schema.rule(for: $0) }
            let source = nodeReference(table, row, row["source"], column: "source")
            let target = nodeReference(table, row, row["target"], column: "target")
            let status: EdgeStatus? = parse(table, row, row["status"], what: "status", isDeclared: { schema.declares($0) },
                                            names: schema.statuses.map(\.name.rawValue))
            if let rule { checkFields(table, row, rule: rule) }
            let date = readDate(table, row)
            let place = readPlace(table, row)
            let role = readRole(table, row, rule: rule)
            let areas = readAreas(table, row)
            let attributes = attributeFields.compactMap { readAttribute(table, row, $0) }
            let citations = sourceList(table, row, row["sources"]).map { Citation(source: $0) }
            if row["sources"].items().isEmpty {
                report(table, row, row["sources"], "edge without a source",
                       fix: "list the id of every source that states it, from \(path(.sources))")
            }
            if let rule, let source, let target {
                checkKinds(table, row, rule: rule, source: source, target: target)
            }
            if let id { lines[id] = row.line }
            if citations.count < row["sources"].items().count { edgesWithUnknownSources.insert(row["id"].text) }
            guard let id, let type, let source, let target, let status else { continue }
            edgeIDs[id] = EdgeID(edges.count)
            edges.append(Edge(slug: id, type: type, source: source, target: target, status: status,
                              date: date, place: place, role: role, title: row["title"].isEmpty ? nil : row["title"].text,
                              areas: areas, topics: row["topics"].items().map(\.text), citations: citations,
                              note: row["note"].isEmpty ? nil : row["note"].text, attributes: attributes))
        }
    }

    /// Reports the fields `rule` requires and the row lacks, and the restricted fields it has
    /// that `rule` does not take. A missing role is reported by ``readRole(_:_:rule:)``.
    private mutating func checkFields(_ table: TSVTable, _ row: Row, rule: EdgeTypeRule) {
        let type = rule.type.rawValue
        for field in schema.edgeFields {
            let value = row[field.name]
            if rule.requires(field), value.isEmpty, field.slot != .role {
                let (noun, fix) = Self.missing(field)
                report(table, row, value, "'\(type)' edge without \(noun)", fix: fix)
            } else if !rule.takes(field), !value.isEmpty {
                let owners = schema.types.filter { $0.takes(field) }.map(\.type.rawValue)
                report(table, row, value, "'\(type)' edges take no \(field.name), but this one has '\(value.text)'",
                       fix: "leave '\(field.name)' empty; \(field.name)s belong to \(Self.list(owners)) edges")
            }
        }
    }

    /// How a missing field is named, and the fix.
    private static func missing(_ field: EdgeField) -> (noun: String, fix: String) {
        switch field.slot {
        case .date: ("a date", "give the date the sources state (YYYY, YYYY-MM or YYYY-MM-DD, or a range START/END)")
        case .title: ("a title", "name the office, e.g. 'President'")
        case .areas: ("an area", "list the cooperation areas the sources name, separated by ';'")
        case .place: ("a place", "name the place or state node where it happened")
        case .topics: ("a topic", "list the topics the sources name, separated by ';'")
        default: ("a '\(field.name)'", "fill in the '\(field.name)' column")
        }
    }

    /// `a`, `a and b`, `a, b and c` (or `a, b or c`).
    static func list(_ names: [String], _ conjunction: String = "and") -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(conjunction) " + names[names.count - 1]
    }

    private mutating func readDate(_ table: TSVTable, _ row: Row) -> DateSpan? {
        let field = row["date"]
        guard !field.isEmpty else { return nil }
        do { return try DateSpan(parsing: field.text) } catch {
            guard case .invalidDate(let text, let reason, let offset) = error else { return nil }
            let fix = reason.hasPrefix("the range ends")
                ? "put the earlier date first: START/END"
                : "write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END with a real calendar date"
            report(table, row, Field(text: text, column: field.column + offset), "invalid date '\(text)': \(reason)", fix: fix)
            return nil
        }
    }

    private mutating func readPlace(_ table: TSVTable, _ row: Row) -> NodeID? {
        guard !row["place"].isEmpty, let place = nodeReference(table, row, row["place"], column: "place") else { return nil }
        let kind = nodes[place.offset].kind
        if !nodesOfUnknownKind.contains(place), let allowed = schema.field(named: "place")?.nodeKinds, !allowed.contains(kind) {
            let kinds = Self.list(allowed.map(\.rawValue), "or")
            report(table, row, row["place"], "place '\(row["place"].text)' is a \(kind.rawValue), not a \(kinds)",
                   fix: "name a \(kinds) node, or leave 'place' empty")
        }
        return place
    }

    private mutating func readRole(_ table: TSVTable, _ row: Row, rule: EdgeTypeRule?) -> ParticipationRole? {
        let schema = self.schema
        let field = row["role"]
        guard let rule, let roleField = schema.field(named: "role"), rule.takes(roleField),
              !field.isEmpty || rule.requires(roleField) else { return nil }
        return parse(table, row, field, what: "participation role", isDeclared: { schema.declares($0) },
                     names: schema.roles.map(\.name.rawValue))
    }

    private mutating func readAreas(_ table: TSVTable, _ row: Row) -> [CooperationArea] {
        var areas: [CooperationArea] = []
        for item in row["areas"].items() {
            let area = CooperationArea(unchecked: item.text)
            if schema.declares(area) {
                areas.append(area)
            } else {
                reportUnknown(table, row, item, what: "cooperation area", known: schema.areaNames,
                              guess: schema.area(namedBy: item.text)?.rawValue)
            }
        }
        return Array(Set(areas)).sorted()
    }

    /// The value of a column the schema keeps as an attribute, checked against its type.
    private mutating func readAttribute(_ table: TSVTable, _ row: Row, _ field: EdgeField) -> EdgeAttribute? {
        let cell = row[field.name]
        guard !cell.isEmpty else { return nil }
        if field.isList { return EdgeAttribute(field.name, .list(cell.items().map(\.text))) }
        guard let text = field.attributeType.canonical(cell.text) else {
            let expected = switch field.value {
            case .integer: "a whole number"
            case .number: "a number"
            default: "true or false"
            }
            report(table, row, cell, "'\(field.name)' is \(expected), not '\(cell.text)'", fix: "write \(expected), or leave it empty")
            return nil
        }
        return EdgeAttribute(field.name, .text(text))
    }

    private mutating func checkKinds(_ table: TSVTable, _ row: Row, rule: EdgeTypeRule, source: NodeID, target: NodeID) {
        for (column, node, allowed) in [("source", source, rule.sourceKinds), ("target", target, rule.targetKinds)]
        where !nodesOfUnknownKind.contains(node) {
            let kind = nodes[node.offset].kind
            if let allowed, !allowed.contains(kind) {
                report(table, row, row[column],
                       "a '\(rule.type.rawValue)' edge cannot \(column == "source" ? "start at" : "end at") '\(nodes[node.offset].slug)', a \(kind.rawValue)",
                       fix: "its \(column) must be a \(Self.list(allowed.sorted().map(\.rawValue), "or")); check the direction or the type")
            }
        }
    }
}
