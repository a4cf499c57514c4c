import Foundation
import SummitGraph

/// Reads NetworkX node-link JSON, with the edge list under `edges` (NetworkX ≥ 3.4) or `links`
/// (older writers); edge ids from `key` or `id`. Each node and edge keeps the position of its
/// `{`, each graph-level value its own, for the messages about them.
enum NodeLinkJSONReader {
    /// A value of a list, with where it begins.
    private typealias Item = (value: JSONValue, at: JSONParser.Position)

    /// The whole file is checked as JSON (``JSONParser``) before any of it is read as a graph.
    /// - Complexity: O(*n*) in the size of `data`.
    static func read(_ data: Data, file: String) throws(ImportError) -> (nodes: [ImportedRecord], edges: [ImportedRecord], graph: GraphValues) {
        let bytes = [UInt8](data)
        var lists: [String: [Item]] = [:]            // "nodes", "edges", "links"
        var others: [String: JSONParser.Position] = [:]
        var graph: GraphValues = [:]
        var root = JSONParser.Position(line: 1, column: 1), isObject = false
        do throws(GraphError) {
            try bytes.withUnsafeBufferPointer { buffer throws(GraphError) in
                var parser = JSONParser(buffer, file: file)
                root = parser.position()
                isObject = parser.peek() == UInt8(ascii: "{")
                guard isObject else { _ = try parser.value(); return try parser.finish() }
                try parser.forEachMember { (parser: inout JSONParser, key: String) throws(GraphError) in
                    let at = parser.position()
                    if ["nodes", "edges", "links"].contains(key), parser.peek() == UInt8(ascii: "[") {
                        var items: [Item] = []
                        try parser.forEachElement { (parser: inout JSONParser) throws(GraphError) in
                            let at = parser.position()
                            items.append((try parser.value(), at))
                        }
                        lists[key] = items
                    } else if key == "graph", parser.peek() == UInt8(ascii: "{") {
                        try parser.forEachMember { (parser: inout JSONParser, name: String) throws(GraphError) in
                            let at = parser.position()
                            graph[name] = (try parser.value(), at.line, at.column)
                        }
                    } else {
                        _ = try parser.value()
                        others[key] = at
                    }
                }
                try parser.finish()
            }
        } catch {
            throw ImportError(error)
        }
        func fail(_ at: JSONParser.Position, _ message: String, fix: String? = nil) -> ImportError {
            ImportError(file: file, line: at.line, column: at.column, message: message, fix: fix)
        }
        if isObject, lists["nodes"] == nil, let at = others["elements"] { throw ReadFormats.cytoscape(file: file, line: at.line, column: at.column) }
        guard isObject, let nodeList = lists["nodes"] else {
            throw fail(others["nodes"] ?? root, "no \"nodes\" list: not a node-link graph", fix: "export with networkx.node_link_data(G, edges=\"edges\")")
        }
        let edgeKey = lists["edges"] != nil || others["edges"] != nil ? "edges" : "links"
        if let at = others[edgeKey] { throw fail(at, "\"\(edgeKey)\" is not a list") }
        var nodes: [ImportedRecord] = [], edges: [ImportedRecord] = []
        for (i, item) in nodeList.enumerated() {
            guard case .object(var m) = item.value, let id = m.removeValue(forKey: "id") else {
                throw fail(item.at, "node #\(i + 1) is not an object with an \"id\"", fix: "give every node an \"id\"")
            }
            nodes.append(ImportedRecord(id: id.text, values: m, line: item.at.line, column: item.at.column))
        }
        for (i, item) in (lists[edgeKey] ?? []).enumerated() {
            guard case .object(var m) = item.value else { throw fail(item.at, "edge #\(i + 1) is not an object") }
            let s = m.removeValue(forKey: "source"), t = m.removeValue(forKey: "target")
            guard let s, let t else {
                let missing = [s == nil ? "\"source\"" : nil, t == nil ? "\"target\"" : nil].compactMap { $0 }.joined(separator: " and ")
                throw fail(item.at, "edge #\(i + 1) has no \(missing)", fix: "give every edge the ids of the nodes it joins")
            }
            let id = (m.removeValue(forKey: "key") ?? m.removeValue(forKey: "id"))?.text
            edges.append(ImportedRecord(id: id, source: s.text, target: t.text, values: m, line: item.at.line, column: item.at.column))
        }
        return (nodes, edges, graph)
    }
}
