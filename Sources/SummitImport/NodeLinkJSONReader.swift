import Foundation

/// Reads NetworkX node-link JSON, with the edge list under `edges` (NetworkX ≥ 3.4) or `links`
/// (older writers); edge ids from `key` or `id`.
enum NodeLinkJSONReader {
    static func read(_ data: Data, file: String) throws(ImportError) -> (nodes: [ImportedRecord], edges: [ImportedRecord], graph: [String: (ImportedValue, Int)]) {
        let root: ImportedValue
        do {
            root = try JSONDecoder().decode(ImportedValue.self, from: data)
        } catch {
            var syntax: Error = error
            do { _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch { syntax = error }
            let (line, column) = Self.location(of: syntax, in: data)
            throw ImportError(file: file, line: line, column: column, message: "not valid JSON: \(Self.reason(syntax))",
                              fix: "check the brackets, commas and quotes there")
        }
        guard case .object(let top) = root, case .array(let nodeList)? = top["nodes"] else {
            throw ImportError(file: file, message: "no \"nodes\" list: not a node-link graph", fix: "export with networkx.node_link_data(G, edges=\"edges\")")
        }
        guard case .array(let edgeList)? = top["edges"] ?? top["links"] ?? .array([]) else {
            throw ImportError(file: file, message: "\"edges\" is not a list")
        }
        var nodes: [ImportedRecord] = [], edges: [ImportedRecord] = []
        for (i, item) in nodeList.enumerated() {
            guard case .object(var m) = item, let id = m.removeValue(forKey: "id") else {
                throw ImportError(file: file, message: "node #\(i + 1) is not an object with an \"id\"")
            }
            nodes.append(ImportedRecord(id: id.text, values: m, line: 1, column: 1))
        }
        for (i, item) in edgeList.enumerated() {
            guard case .object(var m) = item, let s = m.removeValue(forKey: "source"), let t = m.removeValue(forKey: "target") else {
                throw ImportError(file: file, message: "edge #\(i + 1) is not an object with \"source\" and \"target\"")
            }
            let id = (m.removeValue(forKey: "key") ?? m.removeValue(forKey: "id"))?.text
            edges.append(ImportedRecord(id: id, source: s.text, target: t.text, values: m, line: 1, column: 1))
        }
        var graph: [String: (ImportedValue, Int)] = [:]
        if case .object(let g)? = top["graph"] { for (k, v) in g { graph[k] = (v, 1) } }
        return (nodes, edges, graph)
    }

    /// What the parser says is wrong, from JSONSerialization (which names the place).
    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
    }

    /// Line and column of a syntax error, from JSONSerialization's "around character N".
    private static func location(of error: Error, in data: Data) -> (Int, Int) {
        let text = reason(error)
        var offset = data.count
        if let range = text.range(of: "character "), let n = Int(text[range.upperBound...].prefix { $0.isNumber }) { offset = n }
        let prefix = String(decoding: data, as: UTF8.self).prefix(offset)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }
}
