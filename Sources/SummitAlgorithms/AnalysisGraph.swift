import SummitGraph

/// The simple graph that analysis runs on: one arc per connected ordered pair (parallel edges
/// collapsed, self-loops dropped), in CSR form. Directed, or undirected (each edge both ways),
/// as NetworkX's `DiGraph` and `Graph` see the same edges. Node indices are the ``Graph``'s.
public struct AnalysisGraph: Sendable {
    public let isDirected: Bool
    public let nodeCount: Int
    let outOffsets: [Int32], outTargets: [Int32]
    let inOffsets: [Int32], inTargets: [Int32]

    /// - Complexity: O(*V* + *E* log *d*) for maximum degree *d*.
    /// - Parameter parallelEdges: keep one arc per edge, so parallel edges weigh in (PageRank on
    ///   a multigraph, as igraph and the benchmark kit count them); by default they are collapsed.
    public init(_ graph: Graph, directed: Bool, parallelEdges: Bool = false, including: ((Edge) -> Bool)? = nil) {
        var pairs: [(Int32, Int32)] = []
        pairs.reserveCapacity(graph.edgeCount * (directed ? 1 : 2))
        let edges = graph.edges
        for id in graph.edgeIDs {
            let (s, t) = (edges.source(of: id), edges.target(of: id))
            guard s != t, including?(graph[id]) ?? true else { continue }
            pairs.append((s.index, t.index))
            if !directed { pairs.append((t.index, s.index)) }
        }
        self.init(nodeCount: graph.nodeCount, arcs: pairs, directed: directed, deduplicate: !parallelEdges)
    }

    init(nodeCount n: Int, arcs: [(Int32, Int32)], directed: Bool, deduplicate: Bool = true) {
        isDirected = directed
        nodeCount = n
        (outOffsets, outTargets) = Self.csr(n, arcs, deduplicate)
        (inOffsets, inTargets) = directed ? Self.csr(n, arcs.map { ($0.1, $0.0) }, deduplicate) : (outOffsets, outTargets)
    }

    /// Counting sort by first end, then each row sorted and (unless told not to) deduplicated.
    private static func csr(_ n: Int, _ arcs: [(Int32, Int32)], _ deduplicate: Bool) -> ([Int32], [Int32]) {
        var counts = [Int32](repeating: 0, count: n + 1)
        for (u, _) in arcs { counts[Int(u) + 1] += 1 }
        for v in 0..<n { counts[v + 1] += counts[v] }
        var next = counts, targets = [Int32](repeating: 0, count: arcs.count)
        for (u, v) in arcs { targets[Int(next[Int(u)])] = v; next[Int(u)] += 1 }
        var offsets = [Int32](repeating: 0, count: n + 1), compact: [Int32] = []
        compact.reserveCapacity(arcs.count)
        for v in 0..<n {
            var row = Array(targets[Int(counts[v])..<Int(counts[v + 1])])
            row.sort()
            var last: Int32 = -1
            for t in row where !deduplicate || t != last { compact.append(t); last = t }
            offsets[v + 1] = Int32(compact.count)
        }
        return (offsets, compact)
    }

    /// Nodes an arc leads to from `v` (its neighbours when undirected).
    public func successors(_ v: Int) -> ArraySlice<Int32> { outTargets[Int(outOffsets[v])..<Int(outOffsets[v + 1])] }
    /// Nodes with an arc to `v` (its neighbours when undirected).
    public func predecessors(_ v: Int) -> ArraySlice<Int32> { inTargets[Int(inOffsets[v])..<Int(inOffsets[v + 1])] }

    public func outDegree(_ v: Int) -> Int { Int(outOffsets[v + 1] - outOffsets[v]) }
    public func inDegree(_ v: Int) -> Int { Int(inOffsets[v + 1] - inOffsets[v]) }

    /// Hops from `source` to every node (-1 when unreachable), following arcs forwards, or
    /// backwards when `reverse` (distances *to* `source`).
    /// - Complexity: O(*V* + *E*).
    public func distances(from source: Int, reverse: Bool = false) -> [Int32] {
        var distance = [Int32](repeating: -1, count: nodeCount)
        let (offsets, targets) = reverse ? (inOffsets, inTargets) : (outOffsets, outTargets)
        // Raw buffers and a queue sized once: no bounds checks or growth in the inner loop.
        let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: nodeCount)
        defer { queue.deallocate() }
        distance.withUnsafeMutableBufferPointer { distance in
            offsets.withUnsafeBufferPointer { offsets in
                targets.withUnsafeBufferPointer { targets in
                    queue[0] = Int32(source)
                    distance[source] = 0
                    var (head, tail) = (0, 1)
                    while head < tail {
                        let v = Int(queue[head]); head += 1
                        let next = distance[v] + 1
                        for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                            let w = Int(targets[i])
                            if distance[w] < 0 { distance[w] = next; queue[tail] = Int32(w); tail += 1 }
                        }
                    }
                }
            }
        }
        return distance
    }
}
