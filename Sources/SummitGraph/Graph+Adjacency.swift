/// Which edges of a node to follow.
public enum Direction: String, CaseIterable, Codable, Sendable {
    /// Edges leaving the node.
    case out
    /// Edges arriving at the node.
    case `in`
    /// Both; a self-loop is listed once.
    case both
}

/// CSR adjacency: `edges[offsets[v] ..< offsets[v + 1]]` are node `v`'s edges, in edge order,
/// and `farEnds` at the same positions the nodes at their other ends, so listing a node's
/// neighbours reads two short runs of memory instead of one random read per edge.
package struct Adjacency: Sendable, Equatable {
    package let offsets: Column<Int32>
    package let edges: Column<EdgeID>
    package let farEnds: Column<Int32>

    /// Counting sort of edges by one end (`ends[i]` is edge `i`'s end, `far[i]` its other end).
    /// - Complexity: O(*V* + *E*).
    package init(nodeCount: Int, ends: Column<Int32>, far: Column<Int32>) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for v in ends { offsets[Int(v) + 1] += 1 }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var next = offsets
        var sorted = Column<EdgeID>()
        let farEnds = Column<Int32>(unsafeUninitializedCount: ends.count) { farEnds in
            sorted = Column(unsafeUninitializedCount: ends.count) { sorted in
                ends.withUnsafeBufferPointer { ends in
                    far.withUnsafeBufferPointer { far in
                        for (i, v) in ends.enumerated() {
                            let slot = Int(next[Int(v)])
                            (sorted[slot], farEnds[slot]) = (EdgeID(i), far[i])
                            next[Int(v)] += 1
                        }
                    }
                }
            }
        }
        (self.offsets, self.edges, self.farEnds) = (Column(offsets), sorted, farEnds)
    }

    /// Adjacency as a snapshot stores it.
    /// - Returns: `nil` unless `offsets` rises from 0 to `edgeCount`, every entry is an edge
    ///   and every far end a node. That each row holds exactly its node's edges, and their far
    ///   ends, is the snapshot checksum's to vouch for: checking it here would cost a random
    ///   access per edge; what is checked is what keeps every later access in bounds.
    /// - Complexity: O(*V* + *E*), sequential.
    package init?(offsets: Column<Int32>, edges: Column<EdgeID>, farEnds: Column<Int32>, edgeCount: Int, nodeCount: Int) {
        guard offsets.first == 0, Int(offsets.last ?? -1) == edges.count, edges.count == edgeCount, farEnds.count == edgeCount,
              offsets.isNondecreasing, edges.areEdges(below: edgeCount),
              farEnds.areAll(in: 0..<nodeCount) else { return nil }
        (self.offsets, self.edges, self.farEnds) = (offsets, edges, farEnds)
    }

    /// The positions of `node`'s row.
    @inlinable func row(_ node: NodeID) -> Range<Int> { Int(offsets[node.offset])..<Int(offsets[node.offset + 1]) }

    @inlinable subscript(node: NodeID) -> Column<EdgeID> { edges.extracting(row(node)) }
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
        case .out: return Array(outgoing[node])
        case .in: return Array(incoming[node])
        case .both:
            let row = incoming.row(node)
            var ids = Array(outgoing[node])
            ids.reserveCapacity(ids.count + row.count)
            for i in row where incoming.farEnds[i] != node.index { ids.append(incoming.edges[i]) }
            return ids
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
        func visit(_ adjacency: Adjacency) {
            for i in adjacency.row(node) {
                if let types, !types.contains(self.edges.type(of: adjacency.edges[i])) { continue }
                let other = adjacency.farEnds[i]
                if other != node.index { found.append(NodeID(Int(other))) }
            }
        }
        if direction != .in { visit(outgoing) }
        if direction != .out { visit(incoming) }
        found.sort()
        var unique: [NodeID] = []
        unique.reserveCapacity(found.count)
        for id in found where id != unique.last { unique.append(id) }
        return unique
    }
}
