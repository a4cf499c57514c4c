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
        nodes = graph.nodeIDs
            .filter { kinds.isEmpty || kinds.contains(graph[$0].kind) }
            .sorted { (graph[$0].kind, NameKey(graph[$0].name), $0) < (graph[$1].kind, NameKey(graph[$1].name), $1) }
            .map { Entry(node: NodeReference(graph, $0), aliases: graph[$0].aliases, degree: graph.degree(of: $0)) }
    }
}
