import Foundation
import SummitGraph

/// Reads a graph file another tool wrote: GraphML, GEXF, NetworkX node-link JSON, or a TSV/CSV
/// edge list, chosen by extension (else by the first bytes); DOT and Cytoscape JSON are refused
/// with the way to convert them (``ReadFormats``).
public enum GraphImporter {
    /// The largest file read, in bytes.
    public static let maximumFileSize = 2 << 30

    /// The graph in `path`, and notes on what was assumed or not kept.
    public static func load(_ path: String) throws(ImportError) -> (graph: Graph, warnings: [String]) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError(file: path, message: "cannot open the file", fix: "check the path and its permissions")
        }
        defer { try? handle.close() }
        let data = handle.readDataToEndOfFile()
        guard data.count <= maximumFileSize else { throw ImportError(file: path, message: "the file is larger than \(maximumFileSize >> 30) GiB") }
        return try load(data: data, name: path)
    }

    /// Whether `folder` is a CSV bundle summitgraph wrote (it has a `manifest.json`).
    public static func isCSVBundle(_ folder: String) -> Bool { CSVBundleReader.isBundle(folder) }

    /// The graph in the CSV bundle `folder` (``CSVBundleReader``), and notes on what was assumed.
    public static func load(csvBundle folder: String) throws(ImportError) -> (graph: Graph, warnings: [String]) {
        let read = try CSVBundleReader.read(folder: folder)
        var assembler = GraphAssembler(file: folder)
        assembler.declaredTypes = read.types
        try assemble(&assembler, nodes: read.nodes, edges: read.edges, graph: read.graph, declared: true)
        return assembler.finish()
    }

    /// The graph in `data`, read as the file `name` would be (its extension picks the format).
    public static func load(data: Data, name path: String) throws(ImportError) -> (graph: Graph, warnings: [String]) {
        try load(data: data, name: path, bulk: true)
    }

    /// - Parameter bulk: whether GraphML or a TSV edge list of the common shape may take its bulk
    ///   reader (tests turn it off to compare them with the general ones).
    static func load(data: Data, name path: String, bulk: Bool) throws(ImportError) -> (graph: Graph, warnings: [String]) {
        var assembler = GraphAssembler(file: path)
        let lower = path.lowercased()
        let head = String(decoding: data.prefix(256), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if let refusal = ReadFormats.refusal(file: path, lowercased: lower, head: head) { throw refusal }
        if lower.hasSuffix(".gexf") || head.hasPrefix("<gexf") || (head.hasPrefix("<?xml") && head.contains("<gexf")) {
            let read = try GEXFReader.read([UInt8](data), file: path)
            assembler.declaredTypes = read.edgeTypes
            assembler.citesUnlistedSources = true
            try assemble(&assembler, nodes: read.nodes, edges: read.edges, graph: [:], declared: true)
        } else if lower.hasSuffix(".graphml") || lower.hasSuffix(".xml") || head.hasPrefix("<") {
            if bulk, let read = data.withUnsafeBytes({ GraphMLBulkReader.read($0, file: path) }) {
                return (graph: read.0, warnings: read.1)
            }
            let read = try GraphMLReader.read([UInt8](data), file: path)
            assembler.declaredTypes = read.edgeTypes
            try assemble(&assembler, nodes: read.nodes, edges: read.edges, graph: read.graph, declared: true)
        } else if lower.hasSuffix(".json") || head.hasPrefix("{") {
            let read = try NodeLinkJSONReader.read(data, file: path)
            try assemble(&assembler, nodes: read.nodes, edges: read.edges, graph: read.graph, declared: true)
        } else {
            let nodes = EdgeListReader.siblingNodesFile(of: path).flatMap { FileManager.default.contents(atPath: $0) }
            return try load(edgeList: data, nodes: nodes, name: path, bulk: bulk)
        }
        return assembler.finish()
    }

    /// The edge list `edges` (the file `path`) with the contents of its sibling nodes file, if any.
    static func load(edgeList edges: Data, nodes: Data?, name path: String, bulk: Bool = true) throws(ImportError) -> (graph: Graph, warnings: [String]) {
        if bulk, let read = bulkRead(edges, nodes: nodes, file: path) { return read }
        var assembler = GraphAssembler(file: path)
        let read = try EdgeListReader.read(edges, nodes: nodes, file: path)
        assembler.declaredTypes = read.types
        try assemble(&assembler, nodes: read.nodes, edges: read.edges, graph: [:], declared: false)
        return assembler.finish()
    }

    private static func bulkRead(_ data: Data, nodes: Data?, file: String) -> (graph: Graph, warnings: [String])? {
        data.withUnsafeBytes { edges in
            guard let nodes, EdgeListReader.siblingNodesFile(of: file) != nil else { return EdgeListBulkReader.read(edges, nodes: nil, file: file) }
            return nodes.withUnsafeBytes { EdgeListBulkReader.read(edges, nodes: $0, file: file) }
        }.map { (graph: $0.0, warnings: $0.1) }
    }

    private static func assemble(_ assembler: inout GraphAssembler, nodes: [ImportedRecord], edges: [ImportedRecord],
                                 graph: GraphValues, declared: Bool) throws(ImportError) {
        if let sources = graph["sources"] { try assembler.addSources(sources.value, line: sources.line, column: sources.column) }
        for node in nodes { try assembler.addNode(node) }
        for (i, edge) in edges.enumerated() { try assembler.addEdge(edge, index: i, declaredNodesOnly: declared) }
        if let conflicts = graph["conflicts"] { assembler.addConflicts(conflicts.value) }
    }
}
