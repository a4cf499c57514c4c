/// A CSV bundle for `neo4j-admin database import`: `nodes.csv`, `edges.csv` and `sources.csv`
/// with typed headers (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `string[]`).
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
        var edges = [[":START_ID", ":END_ID", ":TYPE", "id", "label", "type", "status", "date", "date_start", "date_end",
                      "place", "role", "title", "areas:string[]", "topics:string[]", "sources:string[]", "evidence", "evidence_spans", "evidence_sha256", "note"]]
        for edge in table.edges {
            let type = edge["type"]?.flattened ?? ""
            var row = [edge.source, edge.target, type.uppercased(), edge.id]
            for key in ["label", "type", "status", "date", "date_start", "date_end", "place", "role", "title"] {
                row.append(edge[key]?.flattened ?? "")
            }
            row += [list(edge["areas"], "edge '\(edge.id)' areas"), list(edge["topics"], "edge '\(edge.id)' topics"),
                    list(edge["sources"], "edge '\(edge.id)' sources")]
            row += ["evidence", "evidence_spans", "evidence_sha256", "note"].map { edge[$0]?.flattened ?? "" }
            edges.append(row)
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
