import Foundation
import SummitGraph

/// Reads summitgraph's own CSV bundle (`export --format csv`, either flavour): the folder's
/// `manifest.json` names each table's typed columns and its parts (split, gzip or plain), and
/// the nodes, edges and sources tables become the graph they were written from.
enum CSVBundleReader {
    /// Columns that describe the bundle's layout rather than the graph: neo4j's label and
    /// relationship type, the row's ordinal, the dates' split ends (the `date` column has both).
    private static let layoutColumns: Set<String> = ["label", "relationship", "ordinal", "date_start", "date_end"]

    /// Whether `folder` holds a CSV bundle (a `manifest.json` beside its parts).
    static func isBundle(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("manifest.json"))
    }

    /// - Complexity: O(*n*) in the size of the parts.
    static func read(folder: String) throws(ImportError) -> (nodes: [ImportedRecord], edges: [ImportedRecord], graph: GraphValues, types: [String: AttributeType]) {
        let manifestPath = (folder as NSString).appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw ImportError(file: manifestPath, message: "cannot read the manifest", fix: "check the path and its permissions")
        }
        let manifest: JSONValue
        do { manifest = try JSONParser.parse([UInt8](data), file: manifestPath) } catch { throw ImportError(error) }
        guard case .object(let top) = manifest, top["format"]?.text == "summitgraph-csv-bundle", case .array(let tables)? = top["tables"] else {
            throw ImportError(file: manifestPath, message: "not a summitgraph CSV bundle manifest (no \"format\": \"summitgraph-csv-bundle\" with \"tables\")",
                              fix: "give the folder `export --format csv` wrote")
        }
        let delimiter = top["arrayDelimiter"]?.text ?? ";"
        var nodes: [ImportedRecord] = [], edges: [ImportedRecord] = [], sources: [JSONValue] = [], types: [String: AttributeType] = [:]
        for case .object(let table) in tables {
            guard case .array(let columnList)? = table["columns"], case .array(let parts)? = table["parts"] else { continue }
            let columns = columnList.map { column -> (name: String, type: String) in
                guard case .object(let c) = column else { return ("", "string") }
                return (c["name"]?.text ?? "", c["type"]?.text ?? "string")
            }
            let name = table["name"]?.text ?? ""
            if name == "edges" {
                for column in columns where !layoutColumns.contains(column.name) { types[column.name] = AttributeType(graphML: column.type) }
            }
            for case .object(let part) in parts {
                let file = part["file"]?.text ?? ""
                for (line, cells) in try rows(folder: folder, file: file, header: part["header"] == .bool(true)) {
                    var values: [String: JSONValue] = [:]
                    for (column, cell) in zip(columns, cells) where !cell.isEmpty && !layoutColumns.contains(column.name) {
                        values[column.name] = column.type.hasSuffix("[]")
                            ? .array(cell.components(separatedBy: delimiter).map(JSONValue.string)) : .string(cell)
                    }
                    let path = (folder as NSString).appendingPathComponent(file)
                    switch name {
                    case "nodes":
                        let id = values.removeValue(forKey: "id")?.text
                        nodes.append(ImportedRecord(id: id, values: values, line: line, column: 1))
                    case "edges":
                        let (s, t) = (values.removeValue(forKey: "src")?.text, values.removeValue(forKey: "dst")?.text)
                        guard s != nil, t != nil else { throw ImportError(file: path, line: line, message: "edge row without src and dst") }
                        edges.append(ImportedRecord(id: values.removeValue(forKey: "id")?.text, source: s, target: t, values: values, line: line, column: 1))
                    case "sources": sources.append(.object(values))
                    default: break
                    }
                }
            }
        }
        return (nodes, edges, sources.isEmpty ? [:] : ["sources": (.array(sources), 1, 1)], types)
    }

    /// The rows of one part (gunzipped when its name ends in `.gz`), each with its line number.
    private static func rows(folder: String, file: String, header: Bool) throws(ImportError) -> [(Int, [String])] {
        let path = (folder as NSString).appendingPathComponent(file)
        guard var data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, message: "a part the manifest lists is missing", fix: "copy the whole bundle folder")
        }
        if file.hasSuffix(".gz") {
            guard let plain = Gunzip.decompress(data) else { throw ImportError(file: path, message: "not a whole gzip file") }
            data = plain
        }
        // Lines end in CRLF (RFC 4180), which Swift reads as one character: split the bytes.
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))
        }
        return lines.enumerated().dropFirst(header ? 1 : 0).filter { !$0.element.isEmpty }.map { ($0.offset + 1, EdgeListReader.csv($0.element)) }
    }
}
