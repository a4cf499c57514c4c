import SummitGraph

/// Reads GraphML (any writer: summitgraph, NetworkX, igraph, yEd, Gephi): keys by `attr.name`,
/// values by key, nodes, edges with or without ids, graph-level sources and conflicts, and the
/// `attr.type` of each key edges may use.
enum GraphMLReader {
    typealias Read = (nodes: [ImportedRecord], edges: [ImportedRecord], graph: GraphValues, edgeTypes: [String: AttributeType])

    static func read(_ bytes: [UInt8], file: String) throws(ImportError) -> Read {
        var scanner = XMLScanner(bytes)
        var keys: [String: String] = [:]          // key id → attr.name
        var edgeTypes: [String: AttributeType] = [:]  // attr.name → attr.type, for keys edges may use
        var nodes: [ImportedRecord] = [], edges: [ImportedRecord] = []
        var graph: GraphValues = [:]
        var current: ImportedRecord?
        var currentIsEdge = false
        var dataKey: String?
        var dataText = ""
        var depth = 0, graphs = 0, sawRoot = false
        func at(_ s: XMLScanner) -> (Int, Int) { (s.tagPosition.line, s.tagPosition.column) }
        try XMLReading.scan(file: file) {
            while let event = try scanner.next() {
                switch event {
                case .start(let name, let attributes, let selfClosing):
                    let (line, column) = at(scanner)
                    if !sawRoot {
                        try XMLReading.checkRoot(name, is: "graphml", file: file, at: (line, column))
                        sawRoot = true
                    }
                    switch name {
                    case "key":
                        if let id = attributes["id"] {
                            let name = attributes["attr.name"] ?? id
                            keys[id] = name
                            if ["edge", "all", nil].contains(attributes["for"]) { edgeTypes[name] = AttributeType(graphML: attributes["attr.type"]) }
                        }
                    case "graph":
                        graphs += 1
                        if graphs > 1 { throw ImportError(file: file, line: line, column: column, message: "nested or second <graph>: summitgraph reads one graph") }
                    case "node":
                        current = ImportedRecord(id: attributes["id"], values: [:], line: line, column: column)
                        currentIsEdge = false
                    case "edge":
                        current = ImportedRecord(id: attributes["id"], source: attributes["source"], target: attributes["target"],
                                                 values: [:], line: line, column: column)
                        currentIsEdge = true
                    case "data":
                        dataKey = attributes["key"]
                        dataText = ""
                        guard let key = dataKey, keys[key] != nil else {
                            throw ImportError(file: file, line: line, column: column, message: "<data> refers to undeclared key '\(dataKey ?? "")'",
                                              fix: "declare it with <key id=… for=… attr.name=…> before <graph>")
                        }
                    default: break
                    }
                    if selfClosing {
                        if name == "node", let node = current, !currentIsEdge { nodes.append(node); current = nil }
                        if name == "edge", let edge = current, currentIsEdge { edges.append(edge); current = nil }
                        if name == "data", let key = dataKey { store(key, "", (line, column)) }
                    } else {
                        depth += 1
                    }
                case .end(let name):
                    depth -= 1
                    if name == "data", let key = dataKey { store(key, dataText, at(scanner)); dataKey = nil }
                    if name == "node", let node = current, !currentIsEdge { nodes.append(node); current = nil }
                    if name == "edge", let edge = current, currentIsEdge { edges.append(edge); current = nil }
                case .text(let text):
                    if dataKey != nil { dataText += text }
                }
            }
        }
        guard sawRoot else { throw ImportError(file: file, message: "no <graphml> element: the file is empty or not GraphML") }
        return (nodes, edges, graph, edgeTypes)

        func store(_ key: String, _ text: String, _ at: (line: Int, column: Int)) {
            let name = keys[key] ?? key
            if current != nil { current?.values[name] = .string(text) } else { graph[name] = (.string(text), at.line, at.column) }
        }
    }
}
