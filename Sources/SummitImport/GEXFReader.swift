import SummitGraph

/// Reads GEXF 1.2/1.3 (summitgraph's export, NetworkX's `write_gexf`, Gephi): attributes by
/// their `title`, a node's `label` as its name, an edge's `kind` (or NetworkX's element `type`) as its type
/// when no `type` attribute gives one, an edge's `weight` as a free attribute. Spells are not read: the dates
/// they hold are the edge's `date` value, which summitgraph writes beside them.
enum GEXFReader {
    typealias Read = (nodes: [ImportedRecord], edges: [ImportedRecord], edgeTypes: [String: AttributeType])

    /// - Complexity: O(*n*) in the size of `bytes`.
    static func read(_ bytes: [UInt8], file: String) throws(ImportError) -> Read {
        var scanner = XMLScanner(bytes)
        var titles: [String: [String: String]] = ["node": [:], "edge": [:]]   // class → attribute id → title
        var edgeTypes: [String: AttributeType] = [:]
        var nodes: [ImportedRecord] = [], edges: [ImportedRecord] = []
        var attributeClass = "node"
        var current: ImportedRecord?, currentClass = "node"
        var sawRoot = false, graphs = 0
        try XMLReading.scan(file: file) {
            while let event = try scanner.next() {
                let (line, column) = (scanner.tagPosition.line, scanner.tagPosition.column)
                switch event {
                case .start(let name, let attributes, let selfClosing):
                    if !sawRoot {
                        try XMLReading.checkRoot(name, is: "gexf", file: file, at: (line, column))
                        sawRoot = true
                    }
                    switch name {
                    case "graph":
                        graphs += 1
                        if graphs > 1 { throw ImportError(file: file, line: line, column: column, message: "a second <graph>: summitgraph reads one graph") }
                    case "attributes": attributeClass = attributes["class"] == "edge" ? "edge" : "node"
                    case "attribute":
                        guard let id = attributes["id"] else { break }
                        let title = attributes["title"] ?? id
                        titles[attributeClass]?[id] = title
                        if attributeClass == "edge" { edgeTypes[title] = AttributeType(graphML: attributes["type"]) }
                    case "node" where current == nil:
                        guard let id = attributes["id"] else {
                            throw ImportError(file: file, line: line, column: column, message: "<node> without an id", fix: "give every node an id")
                        }
                        var values: [String: JSONValue] = [:]
                        if let label = attributes["label"] { values["label"] = .string(label) }
                        current = ImportedRecord(id: id, values: values, line: line, column: column)
                        currentClass = "node"
                    case "edge" where current == nil:
                        var values: [String: JSONValue] = [:]
                        // Gephi's `kind`, or NetworkX's `type` when it is not GEXF's direction.
                        let kind = attributes["kind"] ?? attributes["type"].flatMap { ["directed", "undirected", "mutual"].contains($0) ? nil : $0 }
                        if let kind { values["type"] = .string(kind) }
                        if let weight = attributes["weight"] { values["weight"] = .string(weight); edgeTypes["weight"] = edgeTypes["weight"] ?? .double }
                        current = ImportedRecord(id: attributes["id"], source: attributes["source"], target: attributes["target"],
                                                 values: values, line: line, column: column)
                        currentClass = "edge"
                    case "attvalue":
                        guard current != nil, let key = attributes["for"] ?? attributes["id"] else { break }
                        guard let title = titles[currentClass]?[key] else {
                            throw ImportError(file: file, line: line, column: column, message: "<attvalue> refers to undeclared attribute '\(key)'",
                                              fix: "declare it in <attributes class=\"\(currentClass)\">")
                        }
                        current?.values[title] = .string(attributes["value"] ?? "")
                    default: break
                    }
                    if selfClosing { finish(name) }
                case .end(let name): finish(name)
                case .text: break
                }
            }
        }
        guard sawRoot else { throw ImportError(file: file, message: "no <gexf> element: the file is empty or not GEXF") }
        return (nodes, edges, edgeTypes)

        func finish(_ name: String) {
            guard name == currentClass, let record = current else { return }
            if name == "node" { nodes.append(record) } else { edges.append(record) }
            current = nil
        }
    }
}
