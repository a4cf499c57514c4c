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
package struct Adjacency: Sendable, Equatable {
    package let offsets: Column<Int32>
    package let edges: Column<EdgeID>

    /// Counting sort of edges by one end (`ends[i]` is edge `i`'s end).
    /// - Complexity: O(*V* + *E*).
    package init(nodeCount: Int, ends: Column<Int32>) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for v in ends { offsets[Int(v) + 1] += 1 }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var next = offsets
        let sorted = Column<EdgeID>(unsafeUninitializedCount: ends.count) { buffer in
            for (i, v) in ends.enumerated() {
                buffer[Int(next[Int(v)])] = EdgeID(i)
                next[Int(v)] += 1
            }
        }
        self.offsets = Column(offsets)
        self.edges = sorted
    }

    /// Adjacency as a snapshot stores it.
    /// - Returns: `nil` unless `offsets` rises from 0 to `edgeCount` and every entry is an edge.
    ///   That each row holds exactly its node's edges is the snapshot checksum's to vouch for:
    ///   checking it here would cost a random access per edge; what is checked is what keeps
    ///   every later access in bounds.
    /// - Complexity: O(*V* + *E*), sequential.
    package init?(offsets: Column<Int32>, edges: Column<EdgeID>, edgeCount: Int) {
        guard offsets.first == 0, Int(offsets.last ?? -1) == edges.count, edges.count == edgeCount,
              offsets.isNondecreasing, edges.areEdges(below: edgeCount) else { return nil }
        (self.offsets, self.edges) = (offsets, edges)
    }

    @inlinable subscript(node: NodeID) -> Column<EdgeID> {
        edges.extracting(Int(offsets[node.offset])..<Int(offsets[node.offset + 1]))
    }
}

extension Graph {
    /// The edges leaving `node`, in edge order.
    /// - Complexity: O(1) to obtain; the slice has out-degree elements.
    public func outgoingEdges(of node: NodeID) -> Column<EdgeID> { outgoing[node] }

    /// The edges arriving at `node`, in edge order.
    /// - Complexity: O(1) to obtain; the slice has in-degree elements.
    public func incomingEdges(of node: NodeID) -> Column<EdgeID> { incoming[node] }

    /// The edges of `node` in `direction`, out-edges first; a self-loop appears once.
    /// - Complexity: O(degree).
    public func edges(of node: NodeID, direction: Direction = .both) -> [EdgeID] {
        switch direction {
        case .out: Array(outgoing[node])
        case .in: Array(incoming[node])
        case .both: Array(outgoing[node]) + incoming[node].filter { self.edges.source(of: $0) != node }
        }
    }

    /// The number of edges of `node` in `direction` (parallel edges each count; a self-loop once).
    /// - Complexity: O(1) for `.out` and `.in`; O(log *L*) for `.both`, *L* self-loops in the graph.
    public func degree(of node: NodeID, direction: Direction = .both) -> Int {
        switch direction {
        case .out: outgoing[node].count
        case .in: incoming[node].count
        case .both: outgoing[node].count + incoming[node].count - selfLoopCount(of: node)
        }
    }

    /// The degree of every node, in node order (as `degree(of:direction:)` counts).
    /// - Complexity: O(*V* + *L*), from the CSR offsets alone.
    public func degrees(direction: Direction = .both) -> [Int] {
        let n = nodeCount
        var result = [Int](repeating: 0, count: n)
        let (out, into) = (outgoing.offsets, incoming.offsets)
        for v in 0..<n {
            let o = Int(out[v + 1] - out[v]), i = Int(into[v + 1] - into[v])
            result[v] = direction == .out ? o : direction == .in ? i : o + i
        }
        if direction == .both { for v in selfLoops { result[Int(v)] -= 1 } }
        return result
    }

    /// How many self-loops `node` has. - Complexity: O(log *L*).
    func selfLoopCount(of node: NodeID) -> Int {
        guard !selfLoops.isEmpty else { return 0 }
        func bound(_ upper: Bool) -> Int {
            var (low, high) = (0, selfLoops.count)
            while low < high {
                let mid = (low + high) / 2
                if selfLoops[mid] < node.index || upper && selfLoops[mid] == node.index { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return bound(true) - bound(false)
    }

    /// The distinct nodes one edge away from `node` in `direction`, optionally only
    /// through edges of the given types; `node` itself is excluded. Sorted by id.
    /// - Complexity: O(degree · log degree).
    public func neighbors(of node: NodeID, via types: Set<EdgeType>? = nil,
                          direction: Direction = .both) -> [NodeID] {
        var found: [NodeID] = []
        func visit(_ ids: Column<EdgeID>, _ far: Column<Int32>) {
            for id in ids {
                if let types, !types.contains(self.edges.type(of: id)) { continue }
                let other = NodeID(Int(far[id.offset]))
                if other != node { found.append(other) }
            }
        }
        if direction != .in { visit(outgoing[node], self.edges.targets) }
        if direction != .out { visit(incoming[node], self.edges.sources) }
        found.sort()
        var unique: [NodeID] = []
        unique.reserveCapacity(found.count)
        for id in found where id != unique.last { unique.append(id) }
        return unique
    }
}
