/// Reusable scratch space for many point-to-point searches on one graph: visited marks are
/// epoch stamps, so nothing is cleared between searches.
public final class SearchWorkspace {
    var forwardStamp: [UInt32], backwardStamp: [UInt32]
    var forwardDistance: [Int32], backwardDistance: [Int32]
    var epoch: UInt32 = 0
    var forwardQueue: [Int32] = [], backwardQueue: [Int32] = []

    public init(nodeCount: Int) {
        forwardStamp = [UInt32](repeating: 0, count: nodeCount)
        backwardStamp = forwardStamp
        forwardDistance = [Int32](repeating: 0, count: nodeCount)
        backwardDistance = forwardDistance
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
            for i in w.forwardStamp.indices { w.forwardStamp[i] = 0; w.backwardStamp[i] = 0 }
            w.epoch = 1
        }
        let epoch = w.epoch
        w.forwardQueue.removeAll(keepingCapacity: true); w.backwardQueue.removeAll(keepingCapacity: true)
        w.forwardQueue.append(Int32(source)); w.backwardQueue.append(Int32(target))
        w.forwardStamp[source] = epoch; w.forwardDistance[source] = 0
        w.backwardStamp[target] = epoch; w.backwardDistance[target] = 0
        var forward = Frontier(arcs: outDegree(source)), backward = Frontier(arcs: inDegree(target))
        var best = Int.max
        outOffsets.withUnsafeBufferPointer { outOffsets in
        outTargets.withUnsafeBufferPointer { outTargets in
        inOffsets.withUnsafeBufferPointer { inOffsets in
        inTargets.withUnsafeBufferPointer { inTargets in
        w.forwardStamp.withUnsafeMutableBufferPointer { fStamp in
        w.backwardStamp.withUnsafeMutableBufferPointer { bStamp in
        w.forwardDistance.withUnsafeMutableBufferPointer { fDistance in
        w.backwardDistance.withUnsafeMutableBufferPointer { bDistance in
            while forward.head < w.forwardQueue.count && backward.head < w.backwardQueue.count {
                // Expand one whole level of the cheaper side; the best meeting found in it is the distance.
                if forward.arcs <= backward.arcs {
                    best = Self.expand(&forward, &w.forwardQueue, offsets: outOffsets, targets: outTargets, stamp: fStamp, distance: fDistance,
                                       other: bStamp, otherDistance: bDistance, epoch: epoch, nextOffsets: outOffsets)
                } else {
                    best = Self.expand(&backward, &w.backwardQueue, offsets: inOffsets, targets: inTargets, stamp: bStamp, distance: bDistance,
                                       other: fStamp, otherDistance: fDistance, epoch: epoch, nextOffsets: inOffsets)
                }
                if best != Int.max { break }
            }
        }}}}}}}}
        return best == Int.max ? nil : best
    }

    /// One side of a bidirectional search: where its current level starts in its queue, and how
    /// many arcs that level will scan.
    struct Frontier {
        var head = 0
        var arcs: Int
    }

    /// Expands the level of `side` at the head of `queue`; returns the shortest meeting with the
    /// other side's marks, or `Int.max`.
    @inline(__always)
    private static func expand(_ side: inout Frontier, _ queue: inout [Int32], offsets: UnsafeBufferPointer<Int32>,
                               targets: UnsafeBufferPointer<Int32>, stamp: UnsafeMutableBufferPointer<UInt32>,
                               distance: UnsafeMutableBufferPointer<Int32>, other: UnsafeMutableBufferPointer<UInt32>,
                               otherDistance: UnsafeMutableBufferPointer<Int32>, epoch: UInt32, nextOffsets: UnsafeBufferPointer<Int32>) -> Int {
        var best = Int.max
        let levelEnd = queue.count
        var nextArcs = 0
        while side.head < levelEnd {
            let v = Int(queue[side.head])
            side.head += 1
            let next = distance[v] + 1
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let u = Int(targets[i])
                if other[u] == epoch { best = min(best, Int(next) + Int(otherDistance[u])) }
                if stamp[u] != epoch {
                    stamp[u] = epoch
                    distance[u] = next
                    queue.append(Int32(u))
                    nextArcs += Int(nextOffsets[u + 1] - nextOffsets[u])
                }
            }
        }
        side.arcs = nextArcs
        return best
    }
}
