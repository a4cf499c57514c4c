import SummitGraph

extension ExportFormat {
    /// `graph` in this format.
    public func write(_ graph: Graph, name: String = "summitgraph") -> ExportResult {
        switch self {
        case .graphml: GraphMLWriter.write(graph, name: name)
        case .json: NodeLinkJSONWriter.write(graph, name: name)
        case .dot: DOTWriter.write(graph, name: name)
        case .gexf: GEXFWriter.write(graph, name: name)
        case .cytoscape: CytoscapeWriter.write(ExportTable(graph, name: name))
        case .csv: CSVBundleWriter.write(graph, name: name)
        }
    }

    /// `graph` in this format, handed to `sink` in order: GraphML, JSON, GEXF and DOT stream a MiB at a
    /// time from the graph's columns; the other formats are built in memory, then handed over. Not for
    /// `csv`, which writes a folder of files: use ``CSVBundleWriter``.
    /// - Returns: What the format could not hold, as ``ExportResult/losses``.
    /// - Throws: What `sink` throws.
    public func write(_ graph: Graph, name: String = "summitgraph",
                      to sink: (UnsafeRawBufferPointer) throws -> Void) throws -> [String] {
        precondition(self != .csv, "csv writes a folder of files: use CSVBundleWriter")
        switch self {
        case .graphml: return try GraphMLWriter.write(graph, name: name, to: sink)
        case .json: try NodeLinkJSONWriter.write(graph, name: name, to: sink); return []
        case .gexf: return try GEXFWriter.write(graph, name: name, to: sink)
        case .dot: return try DOTWriter.write(graph, name: name, to: sink)
        default: break
        }
        let result = write(graph, name: name)
        try result.files[0].bytes.withUnsafeBytes(sink)
        return result.losses
    }

    /// What this format cannot hold, whatever the graph (printed by `export --report`).
    public var limitations: [String] {
        switch self {
        case .json:
            ["nothing: every node, edge, attribute, source and conflict is kept with its native JSON type"]
        case .graphml:
            ["GraphML has no list or map type: aliases, areas, topics, sources, attributes and evidence (with its spans and hashes) are canonical JSON text",
             "XML 1.0 cannot hold control characters other than TAB and LF: they are removed (and reported)",
             "graph-level sources and conflicts are JSON text in the graph's data"]
        case .dot:
            ["DOT has no list type: lists and maps are canonical JSON text",
             "graph-level sources and conflicts are not written",
             "a plain (non-label) value with a backslash before a quote or at its end cannot be written: it is left out (and reported)",
             "control characters other than line breaks are removed from labels (and reported)"]
        case .gexf:
            ["GEXF has no list type: lists and maps are canonical JSON text",
             "XML 1.0 cannot hold control characters other than TAB and LF: they are removed (and reported)",
             "graph-level sources and conflicts are not written",
             "dates are kept as text and, when the precision allows, as a spell (start, end) per edge"]
        case .cytoscape:
            ["graph-level sources and conflicts are kept under data; nothing else is lost"]
        case .csv:
            ["CSV has no map type: node attributes and edge evidence (with its spans and hashes) are JSON text",
             "lists are ';'-separated string[] columns: an item containing ';' cannot be told apart (reported)",
             "conflicts are not written"]
        }
    }
}
