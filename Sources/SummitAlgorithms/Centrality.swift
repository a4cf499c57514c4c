import Foundation
/// Centrality measures, defined and normalised as NetworkX defines them.
extension AnalysisGraph {
    /// Degree ÷ (n − 1); a directed graph counts in- and out-arcs (NetworkX `degree_centrality`).
    public func degreeCentrality() -> [Double] {
        let scale = nodeCount > 1 ? 1 / Double(nodeCount - 1) : 1
        return (0..<nodeCount).map { Double(isDirected ? inDegree($0) + outDegree($0) : outDegree($0)) * scale }
    }

    public func inDegreeCentrality() -> [Double] {
        let scale = nodeCount > 1 ? 1 / Double(nodeCount - 1) : 1
        return (0..<nodeCount).map { Double(inDegree($0)) * scale }
    }

    public func outDegreeCentrality() -> [Double] {
        let scale = nodeCount > 1 ? 1 / Double(nodeCount - 1) : 1
        return (0..<nodeCount).map { Double(outDegree($0)) * scale }
    }

    /// Closeness with Wasserman–Faust scaling, over distances *to* each node (NetworkX
    /// `closeness_centrality`, `wf_improved=True`).
    /// - Complexity: O(*V* · (*V* + *E*)).
    public func closenessCentrality() -> [Double] {
        (0..<nodeCount).map { v in
            let d = distances(from: v, reverse: true)
            var reached = 0, total = 0
            for x in d where x > 0 { reached += 1; total += Int(x) }
            guard total > 0, nodeCount > 1 else { return 0 }
            return Double(reached) / Double(total) * (Double(reached) / Double(nodeCount - 1))
        }
    }

    /// Exact betweenness by Brandes' algorithm, normalised by 1/((n−1)(n−2)) as NetworkX's
    /// `betweenness_centrality(normalized=True)`; `sources` restricts it to a sample (then scaled
    /// by n/k, as NetworkX does for `k`). On a view that keeps parallel edges, each parallel arc is
    /// one more shortest path, as igraph counts them on a multigraph.
    ///
    /// Big jobs are cut into 8 blocks of sources that run on every core (`DispatchQueue
    /// .concurrentPerform`), each block with its own arrays; the blocks' sums are added in block
    /// order, so the result does not depend on the number of cores. Small jobs (under 4 million
    /// arc visits) run as one block, which adds in NetworkX's order, to the last bit.
    /// - Complexity: O(*V* · *E*), or O(*k* · *E*) for *k* sources, over the cores; O(8 · *V*) memory.
    public func betweennessCentrality(sources: [Int]? = nil, progress: (@Sendable (Int) -> Void)? = nil) -> [Double] {
        let n = nodeCount
        let all = sources ?? Array(0..<n)
        let count = all.count * max(1, outTargets.count) < 4_000_000 ? 1 : min(8, all.count)
        let partials = Partials(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { block in
            let chunk = all.count * block / count..<all.count * (block + 1) / count
            partials[block] = brandes(from: all[chunk], progress: progress)
        }
        var centrality = [Double](repeating: 0, count: n)
        for worker in 0..<count { for (v, value) in partials[worker].enumerated() { centrality[v] += value } }
        var scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
        if let sources, !sources.isEmpty { scale *= Double(n) / Double(sources.count) }
        return centrality.map { $0 * scale }
    }

    /// Unscaled dependencies accumulated from `sources`, on one thread.
    private func brandes(from sources: ArraySlice<Int>, progress: (@Sendable (Int) -> Void)?) -> [Double] {
        let n = nodeCount
        var centrality = [Double](repeating: 0, count: n)
        var sigma = [Double](repeating: 0, count: n), delta = [Double](repeating: 0, count: n)
        var distance = [Int32](repeating: -1, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        for s in sources {
            for v in order { sigma[Int(v)] = 0; delta[Int(v)] = 0; distance[Int(v)] = -1 }
            order.removeAll(keepingCapacity: true)
            sigma[s] = 1; distance[s] = 0
            order.append(Int32(s))
            var head = 0
            while head < order.count {
                let v = Int(order[head]); head += 1
                let next = distance[v] + 1
                for w32 in successors(v) {
                    let w = Int(w32)
                    if distance[w] < 0 { distance[w] = next; order.append(w32) }
                    if distance[w] == next { sigma[w] += sigma[v] }
                }
            }
            for w32 in order.reversed() {
                let w = Int(w32)
                let previous = distance[w] - 1, share = (1 + delta[w]) / sigma[w]
                if previous < 0 { continue }  // the source itself
                for v32 in predecessors(w) where distance[Int(v32)] == previous {
                    delta[Int(v32)] += sigma[Int(v32)] * share
                }
                if w != s { centrality[w] += delta[w] }
            }
            progress?(1)
        }
        return centrality
    }
}

/// One result slot per block, written by that block's thread only, read after all have finished.
private final class Partials: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[Double]>
    init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: []) }
    deinit { slots.deinitialize(); slots.deallocate() }
    subscript(worker: Int) -> [Double] {
        get { slots[worker] }
        set { slots[worker] = newValue }
    }
}

