/// A CSV bundle for `neo4j-admin database import`: `nodes.csv`, `edges.csv` and `sources.csv`
/// with typed headers (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `string[]`, and a free
/// attribute's own type: `weight:double`, `count:long`, `flag:boolean`).
/// Lists are `;`-separated (neo4j's default array delimiter); relationship types are upper case.
/// Fields are quoted as RFC 4180 asks; multi-line values need `--multiline-fields=true`.
public enum CSVBundleWriter {
    /// - Complexity: O(size of the output).
    public static func write(_ table: ExportTable) -> ExportResult {
        var log = LossLog()
        func list(_ value: ExportValue?, _ place: String) -> String {
            guard case .list(let items)? = value else { return value?.flattened ?? "" }
            if items.contains(where: { $0.contains(";") }) {
                log.note("CSV arrays are ';'-separated; an item containing ';' splits in two", at: place)
            }
            return items.joined(separator: ";")
        }
        var nodes = [["id:ID", ":LABEL", "name", "kind", "subtype", "aliases:string[]", "attributes", "sources:string[]"]]
        for node in table.nodes {
            let kind = node["kind"]?.flattened ?? ""
            nodes.append([node.id, kind.prefix(1).uppercased() + kind.dropFirst(), node["label"]?.flattened ?? "", kind,
                          node["subtype"]?.flattened ?? "", list(node["aliases"], "node '\(node.id)' aliases"),
                          node["attributes"]?.flattened ?? "", list(node["sources"], "node '\(node.id)' sources")])
        }
        // The schema's edge keys always, then the free attributes some edge has, each typed.
        let keys = ExportAttributes.orderedEdgeKeys(Set(table.schema.edgeKeys).union(table.edgeKeys), in: table.schema)
        let arrays = Set(keys.filter { key in
            table.isAttribute(key) ? table.edges.allSatisfy { if case .list? = $0[key] { true } else { $0[key] == nil } }
                && table.edges.contains { $0[key] != nil } : table.schema.field(named: key)?.isList == true
        })
        var edges = [[":START_ID", ":END_ID", ":TYPE", "id"] + keys.map { key in
            let type = table.type(ofEdgeKey: key)
            return arrays.contains(key) ? key + ":string[]" : type == .string ? key : key + ":" + type.rawValue
        }]
        for edge in table.edges {
            let type = edge["type"]?.flattened ?? ""
            edges.append([edge.source, edge.target, type.uppercased(), edge.id] + keys.map { key in
                arrays.contains(key) ? list(edge[key], "edge '\(edge.id)' \(key)") : edge[key]?.flattened ?? ""
            })
        }
        let sourceColumns = ["id", "file", "publisher", "published", "title", "place", "author"]
        var sources = [["id:ID(Source)", "file", "publisher", "published:date", "title", "place", "author"]]
        for case .object(let members) in table.sources {
            sources.append(sourceColumns.map { column in
                if case .string(let s)? = members.first(where: { $0.key == column })?.value { s } else { "" }
            })
        }
        return ExportResult(files: [("nodes.csv", csv(nodes)), ("edges.csv", csv(edges)), ("sources.csv", csv(sources))],
                            losses: log.lines)
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; CRLF line ends.
    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
