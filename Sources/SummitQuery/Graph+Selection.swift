import SummitGraph

extension Graph {
    /// The part of the graph a selection describes: with a `focus`, the focus and the nodes
    /// within `depth` hops of it (the same traversal as ``neighborhood(of:depth:selection:)``);
    /// without, every node of an admitted kind. Edges: every admitted edge between kept nodes.
    /// - Complexity: O(*V* + *E*).
    public func selecting(_ selection: Selection, focus: NodeID? = nil, depth: Int = 1) throws(QueryError) -> Graph {
        let nodes: Set<NodeID>
        if let focus {
            let around = try neighborhood(of: focus, depth: depth, selection: selection)
            nodes = Set(around.members.map(\.node)).union([focus])
        } else {
            nodes = Set(nodeIDs.filter { selection.admits(self[$0]) })
        }
        return subgraph(nodes: nodes, edges: edgeIDs.filter { selection.admits(self[$0]) })
    }
}
