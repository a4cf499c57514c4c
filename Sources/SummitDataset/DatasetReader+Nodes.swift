import SummitGraph

extension DatasetReader {
    /// Reads `nodes.tsv`, checking that no name or alias belongs to two nodes.
    mutating func readNodes(_ table: TSVTable) {
        let schema = self.schema
        var lines: [String: Int] = [:]
        var owners: [NameKey: (slug: String, line: Int, text: String)] = [:]
        for row in table.rows {
            let id = checkID(table, row, file: .nodes, what: "node", taken: lines)
            let kind: NodeKind? = parse(table, row, row["kind"], what: "node kind", isDeclared: { schema.declares($0) },
                                        names: schema.kinds.map(\.kind.rawValue))
            let subtype = row["subtype"]
            if let kind, let rule = schema.rule(for: kind) {
                if subtype.isEmpty, rule.requiresSubtype {
                    report(table, row, subtype, "\(kind.rawValue) without a subtype",
                           fix: "use one of: \((rule.subtypes ?? []).joined(separator: ", "))")
                } else if !subtype.isEmpty, let known = rule.subtypes, !known.contains(subtype.text) {
                    reportUnknown(table, row, subtype, what: "\(kind.rawValue) subtype", known: known)
                }
            }
            let name = row["name"]
            if NameKey(name.text).isEmpty {
                report(table, row, name, name.isEmpty ? "node without a name" : "name '\(name.text)' has no letters or digits",
                       fix: "give the node the name the sources use")
            }
            let aliases = row["aliases"].items()
            var attributes: [Attribute] = []
            for item in row["attributes"].items() {
                let parts = item.text.split(separator: "=", maxSplits: 1).map(trimmingSpaces)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    report(table, row, item, "attribute '\(item.text)' is not key=value",
                           fix: "write attributes as key=value items separated by ';'")
                    continue
                }
                attributes.append(Attribute(key: parts[0], value: parts[1]))
            }
            let nodeSources = sourceList(table, row, row["sources"])
            guard let id else { continue }
            lines[id] = row.line
            for item in [name] + aliases {
                let key = NameKey(item.text)
                guard !key.isEmpty else { continue }
                if let owner = owners[key], owner.slug != id {
                    report(table, row, item,
                           "'\(item.text)' is also a name of node '\(owner.slug)' (line \(owner.line): '\(owner.text)')",
                           fix: "names and aliases must tell nodes apart: drop or qualify this one")
                } else {
                    owners[key] = (id, row.line, item.text)
                }
            }
            if kind == nil { nodesOfUnknownKind.insert(NodeID(nodes.count)) }
            nodeIDs[id] = NodeID(nodes.count)
            nodes.append(Node(slug: id, kind: kind ?? .person, subtype: subtype.isEmpty ? nil : subtype.text,
                              name: name.text, aliases: aliases.map(\.text), attributes: attributes,
                              sources: nodeSources))
        }
    }

    /// Resolves a node reference, reporting an unknown one with the closest ids and names.
    mutating func nodeReference(_ table: TSVTable, _ row: Row, _ field: Field, column: String) -> NodeID? {
        if let id = nodeIDs[field.text] { return id }
        if !field.isEmpty, isExcused(field.text, in: .nodes) { return nil }
        if field.isEmpty {
            report(table, row, field, "missing \(column) node", fix: "write a node id from \(path(.nodes))")
            return nil
        }
        let key = NameKey(field.text)
        let byName = nodes.first { NameKey($0.name) == key || $0.aliases.contains { NameKey($0) == key } }
        let guesses = byName.map { [$0.slug] }
            ?? Spelling.closest(to: field.text, among: nodes.map(\.slug), count: 3)
        let hint = guesses.isEmpty ? "" : "did you mean \(guesses.map { "'\($0)'" }.joined(separator: " or "))? "
        report(table, row, field, "unknown node '\(field.text)' in column '\(column)'",
               fix: hint + "use a node id from \(path(.nodes)), or add the node there")
        return nil
    }
}
