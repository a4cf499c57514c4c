import SummitGraph

/// The answer to `summitgraph neighbors`: the focus node and, per neighbour, the edges
/// that reach it. Its JSON form is documented in `docs/json-output.md`.
public struct NeighborsReport: Codable, Sendable {
    public struct Neighbor: Codable, Sendable {
        public var node: NodeReference
        public var depth: Int
        public var edges: [EdgeReport]
    }

    public var focus: NodeReference
    public var depth: Int
    public var neighbors: [Neighbor]

    public init(_ graph: Graph, _ neighborhood: Neighborhood) {
        focus = NodeReference(graph, neighborhood.focus)
        depth = neighborhood.depth
        // An edge is seen from the neighbour's parent side (its `via`): its other end is the neighbour.
        neighbors = neighborhood.members.map { member in
            Neighbor(node: NodeReference(graph, member.node), depth: member.depth,
                     edges: member.edges.map { id in
                         let nearer = graph[id].opposite(of: member.node)
                         var report = EdgeReport(graph, id, from: nearer)
                         report.via = NodeReference(graph, nearer)
                         return report
                     })
        }
    }

    /// The number of edges listed.
    public var edgeCount: Int { neighbors.reduce(0) { $0 + $1.edges.count } }
}
