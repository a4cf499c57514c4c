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
    /// by n/k, as NetworkX does for `k`).
    /// - Complexity: O(*V* · *E*), or O(*k* · *E*) for *k* sources.
    public func betweennessCentrality(sources: [Int]? = nil) -> [Double] {
        let n = nodeCount
        var centrality = [Double](repeating: 0, count: n)
        var sigma = [Double](repeating: 0, count: n), delta = [Double](repeating: 0, count: n)
        var distance = [Int32](repeating: -1, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        for s in sources ?? Array(0..<n) {
            for v in order { sigma[Int(v)] = 0; delta[Int(v)] = 0; distance[Int(v)] = -1 }
            order.removeAll(keepingCapacity: true)
            sigma[s] = 1; distance[s] = 0
            order.append(Int32(s))
            var head = 0
            while head < order.count {
                let v = Int(order[head]); head += 1
                for w32 in successors(v) {
                    let w = Int(w32)
                    if distance[w] < 0 { distance[w] = distance[v] + 1; order.append(w32) }
                    if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
                }
            }
            for w32 in order.reversed() {
                let w = Int(w32)
                for v32 in predecessors(w) where distance[Int(v32)] == distance[w] - 1 && distance[Int(v32)] >= 0 {
                    delta[Int(v32)] += sigma[Int(v32)] / sigma[w] * (1 + delta[w])
                }
                if w != s { centrality[w] += delta[w] }
            }
        }
        var scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
        if let sources, !sources.isEmpty { scale *= Double(n) / Double(sources.count) }
        return centrality.map { $0 * scale }
    }
}
