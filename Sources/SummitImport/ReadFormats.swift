/// The formats `--data FILE` reads, and the wording of the refusal of those it does not.
enum ReadFormats {
    static let read = "summitgraph reads GraphML, GEXF, NetworkX node-link JSON, TSV/CSV edge lists and its own CSV bundle folder"

    /// A refusal for a file whose name or first bytes say it is DOT or Cytoscape JSON.
    static func refusal(file: String, lowercased name: String, head: String) -> ImportError? {
        let dot = ["digraph", "graph ", "graph{", "strict "].contains { head.lowercased().hasPrefix($0) }
        if name.hasSuffix(".dot") || name.hasSuffix(".gv") || dot {
            return ImportError(file: file, message: "DOT is not read: it is a drawing language, and \(read)",
                               fix: "convert it, e.g. python3 -c \"import networkx as nx; nx.write_graphml(nx.nx_pydot.read_dot('\(file)'), 'graph.graphml')\"")
        }
        if name.hasSuffix(".cyjs") { return cytoscape(file: file, line: 1, column: 1) }
        return nil
    }

    /// A JSON file with Cytoscape's `elements` and no node-link `nodes`.
    static func cytoscape(file: String, line: Int, column: Int) -> ImportError {
        ImportError(file: file, line: line, column: column, message: "Cytoscape JSON is not read; \(read)",
                    fix: "in Cytoscape, File > Export > Network to File as GraphML; or python3 -c \"import json, networkx as nx; "
                        + "nx.write_graphml(nx.cytoscape_graph(json.load(open('\(file)'))), 'graph.graphml')\"")
    }
}
