import SummitGraph

extension Graph {
    /// The part of the graph a selection describes: with a `focus`, the focus and the nodes
    /// within `depth` hops of it (the same traversal as ``neighborhood(of:depth:selection:)``);
    /// without, every node of an admitted kind, and when the selection filters edges (by type,
    /// status, area or date: ``Selection/filtersEdges``) only those an admitted edge touches,
    /// unless `keepingIsolated`. Edges: every admitted edge between kept nodes.
    /// - Complexity: with a focus, O(*k* log *k*) for the *k* edges leaving the kept nodes
    ///   (an ego network of a big graph costs what it holds); without, O(*V* + *E*).
    public func selecting(_ selection: Selection, focus: NodeID? = nil, depth: Int = 1,
                          keepingIsolated: Bool = false) throws(QueryError) -> Graph {
        let edges = self.edges, filter = ColumnFilter(selection, edges)
        func admitted(_ id: EdgeID) -> Bool { filter.admits(id) }
        guard let focus else {
            var kept = Set(nodeIDs.filter { selection.admits(kind: nodes.kind(of: $0)) })
            let chosen = edgeIDs.filter { admitted($0) && kept.contains(edges.source(of: $0)) && kept.contains(edges.target(of: $0)) }
            if selection.filtersEdges, !keepingIsolated {
                kept = Set(chosen.flatMap { [edges.source(of: $0), edges.target(of: $0)] })
            }
            return subgraph(nodes: kept, edges: chosen)
        }
        let around = try neighborhood(of: focus, depth: depth, selection: selection)
        let kept = Set(around.members.map(\.node)).union([focus])
        // Each edge between kept nodes leaves one of them: the kept nodes' out-rows hold them all.
        var candidates: [EdgeID] = []
        for node in kept {
            for id in outgoingEdges(of: node) where kept.contains(edges.target(of: id)) && admitted(id) { candidates.append(id) }
        }
        return subgraph(nodes: kept, edges: candidates)
    }
}
