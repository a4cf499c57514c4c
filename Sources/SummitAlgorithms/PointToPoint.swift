/// Reusable scratch space for many point-to-point searches on one graph: visited marks are
/// epoch stamps, so nothing is cleared between searches.
///
/// A node's four marks (forward stamp and distance, backward stamp and distance) sit together
/// in 16 bytes, so scanning an arc costs one cache miss, not three.
public final class SearchWorkspace {
    /// `marks[4 v ..< 4 v + 4]`: forward stamp, forward distance, backward stamp, backward distance.
    var marks: [UInt32]
    var epoch: UInt32 = 0
    var forwardQueue: [Int32] = [], backwardQueue: [Int32] = []

    public init(nodeCount: Int) {
        marks = [UInt32](repeating: 0, count: 4 * nodeCount)
    }
}

extension AnalysisGraph {
    /// Hops from `source` to `target` along arcs, by bidirectional breadth-first search that
    /// always expands the side whose next level has fewer arcs to scan; `nil` when unreachable.
    /// - Complexity: O(*V* + *E*) in the worst case; typically far less on small-world graphs.
    public func distance(from source: Int, to target: Int, workspace w: SearchWorkspace) -> Int? {
        if source == target { return 0 }
        w.epoch &+= 1
        if w.epoch == 0 {  // wrapped: clear once every 4 billion searches
            for i in w.marks.indices { w.marks[i] = 0 }
            w.epoch = 1
        }
        let epoch = w.epoch
        w.forwardQueue.removeAll(keepingCapacity: true); w.backwardQueue.removeAll(keepingCapacity: true)
        w.forwardQueue.append(Int32(source)); w.backwardQueue.append(Int32(target))
        (w.marks[4 * source], w.marks[4 * source + 1]) = (epoch, 0)
        (w.marks[4 * target + 2], w.marks[4 * target + 3]) = (epoch, 0)
        var forward = Frontier(arcs: outDegree(source)), backward = Frontier(arcs: inDegree(target))
        var best = Int.max
        outOffsets.withUnsafeBufferPointer { outOffsets in
        outTargets.withUnsafeBufferPointer { outTargets in
        inOffsets.withUnsafeBufferPointer { inOffsets in
        inTargets.withUnsafeBufferPointer { inTargets in
        w.marks.withUnsafeMutableBufferPointer { marks in
            let marks = marks.baseAddress!
            while forward.head < w.forwardQueue.count && backward.head < w.backwardQueue.count {
                // Expand one whole level of the cheaper side; the best meeting found in it is the distance.
                if forward.arcs <= backward.arcs {
                    best = Self.expand(&forward, &w.forwardQueue, offsets: outOffsets, targets: outTargets, marks: marks, mine: 0, theirs: 2,
                                       epoch: epoch)
                } else {
                    best = Self.expand(&backward, &w.backwardQueue, offsets: inOffsets, targets: inTargets, marks: marks, mine: 2, theirs: 0,
                                       epoch: epoch)
                }
                if best != Int.max { break }
            }
        }}}}}
        return best == Int.max ? nil : best
    }

    /// One side of a bidirectional search: where its current level starts in its queue, and how
    /// many arcs that level will scan.
    struct Frontier {
        var head = 0
        var arcs: Int
    }

    /// Expands the level of the side whose marks are at `mine` (0 forward, 2 backward) at the
    /// head of `queue`; returns the shortest meeting with the other side's marks, or `Int.max`.
    @inline(__always)
    private static func expand(_ side: inout Frontier, _ queue: inout [Int32], offsets: UnsafeBufferPointer<Int32>,
                               targets: UnsafeBufferPointer<Int32>, marks: UnsafeMutablePointer<UInt32>,
                               mine: Int, theirs: Int, epoch: UInt32) -> Int {
        var best = Int.max
        let levelEnd = queue.count
        var nextArcs = 0
        while side.head < levelEnd {
            let v = Int(queue[side.head])
            side.head += 1
            let next = marks[4 * v + mine + 1] + 1
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let u = Int(targets[i])
                let mark = marks + 4 * u
                if mark[theirs] == epoch { best = min(best, Int(next) + Int(mark[theirs + 1])) }
                if mark[mine] != epoch {
                    (mark[mine], mark[mine + 1]) = (epoch, next)
                    queue.append(Int32(u))
                    nextArcs += Int(offsets[u + 1] - offsets[u])
                }
            }
        }
        side.arcs = nextArcs
        return best
    }
}
