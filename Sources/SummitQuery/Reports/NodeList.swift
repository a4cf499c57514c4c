import SummitGraph

/// The answer to `summitgraph list`: nodes by kind, then folded name.
public struct NodeList: Codable, Sendable {
    public struct Entry: Codable, Sendable {
        public var node: NodeReference
        public var aliases: [String]
        /// Edges in and out (parallel edges each count).
        public var degree: Int
    }

    public var nodes: [Entry]

    public init(_ graph: Graph, kinds: Set<NodeKind> = []) {
        let keys = graph.nodes.map { NameKey($0.name) }  // folded once, not per comparison
        nodes = graph.nodeIDs
            .filter { kinds.isEmpty || kinds.contains(graph[$0].kind) }
            .sorted { (graph[$0].kind, keys[$0.offset], $0) < (graph[$1].kind, keys[$1.offset], $1) }
            .map { Entry(node: NodeReference(graph, $0), aliases: graph[$0].aliases, degree: graph.degree(of: $0)) }
    }
}
