/// Which edges of a node to follow.
public enum Direction: String, CaseIterable, Codable, Sendable {
    /// Edges leaving the node.
    case out
    /// Edges arriving at the node.
    case `in`
    /// Both; a self-loop is listed once.
    case both
}

/// CSR adjacency: `edges[offsets[v] ..< offsets[v + 1]]` are node `v`'s edges, in edge order.
struct Adjacency: Sendable {
    let offsets: [Int32]
    let edges: [EdgeID]

    /// Counting sort of edges by one end.
    /// - Complexity: O(*V* + *E*).
    init(nodeCount: Int, edges all: [Edge], end: KeyPath<Edge, NodeID>) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for edge in all { offsets[edge[keyPath: end].offset + 1] += 1 }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var next = offsets
        var sorted = [EdgeID](repeating: EdgeID(0), count: all.count)
        for (i, edge) in all.enumerated() {
            let v = edge[keyPath: end].offset
            sorted[Int(next[v])] = EdgeID(i)
            next[v] += 1
        }
        self.offsets = offsets
        self.edges = sorted
    }

    @inlinable subscript(node: NodeID) -> ArraySlice<EdgeID> {
        edges[Int(offsets[node.offset])..<Int(offsets[node.offset + 1])]
    }
}

extension Graph {
    /// The edges leaving `node`, in edge order.
    /// - Complexity: O(1) to obtain; the slice has out-degree elements.
    public func outgoingEdges(of node: NodeID) -> ArraySlice<EdgeID> { outgoing[node] }

    /// The edges arriving at `node`, in edge order.
    /// - Complexity: O(1) to obtain; the slice has in-degree elements.
    public func incomingEdges(of node: NodeID) -> ArraySlice<EdgeID> { incoming[node] }

    /// The edges of `node` in `direction`, out-edges first; a self-loop appears once.
    /// - Complexity: O(degree).
    public func edges(of node: NodeID, direction: Direction = .both) -> [EdgeID] {
        switch direction {
        case .out: Array(outgoing[node])
        case .in: Array(incoming[node])
        case .both: Array(outgoing[node]) + incoming[node].filter { self[$0].source != node }
        }
    }

    /// The number of edges of `node` in `direction` (parallel edges each count).
    /// - Complexity: O(1) for `.out` and `.in`; O(in-degree) for `.both`.
    public func degree(of node: NodeID, direction: Direction = .both) -> Int {
        switch direction {
        case .out: outgoing[node].count
        case .in: incoming[node].count
        case .both: outgoing[node].count + incoming[node].lazy.filter { self[$0].source != node }.count
        }
    }

    /// The distinct nodes one edge away from `node` in `direction`, optionally only
    /// through edges of the given types; `node` itself is excluded. Sorted by id.
    /// - Complexity: O(degree · log degree).
    public func neighbors(of node: NodeID, via types: Set<EdgeType>? = nil,
                          direction: Direction = .both) -> [NodeID] {
        var found = Set<NodeID>()
        for id in edges(of: node, direction: direction) {
            let edge = self[id]
            if let types, !types.contains(edge.type) { continue }
            let other = edge.opposite(of: node)
            if other != node { found.insert(other) }
        }
        return found.sorted()
    }
}
