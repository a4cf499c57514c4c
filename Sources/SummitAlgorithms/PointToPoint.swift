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
    /// always grows the smaller frontier; `nil` when unreachable.
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
        var (fHead, bHead) = (0, 0)
        var best = Int.max
        while fHead < w.forwardQueue.count && bHead < w.backwardQueue.count {
            let forward = w.forwardQueue.count - fHead <= w.backwardQueue.count - bHead
            // Expand one whole level of the chosen side.
            let levelEnd = forward ? w.forwardQueue.count : w.backwardQueue.count
            while (forward ? fHead : bHead) < levelEnd {
                let v = Int(forward ? w.forwardQueue[fHead] : w.backwardQueue[bHead])
                if forward { fHead += 1 } else { bHead += 1 }
                for u32 in forward ? successors(v) : predecessors(v) {
                    let u = Int(u32)
                    if forward {
                        if w.backwardStamp[u] == epoch { best = min(best, Int(w.forwardDistance[v]) + 1 + Int(w.backwardDistance[u])) }
                        if w.forwardStamp[u] != epoch {
                            w.forwardStamp[u] = epoch; w.forwardDistance[u] = w.forwardDistance[v] + 1; w.forwardQueue.append(u32)
                        }
                    } else {
                        if w.forwardStamp[u] == epoch { best = min(best, Int(w.backwardDistance[v]) + 1 + Int(w.forwardDistance[u])) }
                        if w.backwardStamp[u] != epoch {
                            w.backwardStamp[u] = epoch; w.backwardDistance[u] = w.backwardDistance[v] + 1; w.backwardQueue.append(u32)
                        }
                    }
                }
            }
            // A whole level was expanded: the best meeting found in it is the shortest distance.
            if best != Int.max { break }
        }
        return best == Int.max ? nil : best
    }
}
