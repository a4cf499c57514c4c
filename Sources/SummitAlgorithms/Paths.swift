/// Point-to-point paths, as node index sequences from source to target.
extension AnalysisGraph {
    /// Shortest paths by hops from `source` to `target`, in lexicographic order of node indices,
    /// at most `limit` of them; empty when `target` cannot be reached.
    /// - Complexity: O(*V* + *E*) plus the length of the paths listed.
    public func shortestPaths(from source: Int, to target: Int, limit: Int = 1) -> [[Int]] {
        shortestPaths(from: source, to: target, limit: limit, blockedNodes: [], blockedArcs: [])
    }

    func shortestPaths(from source: Int, to target: Int, limit: Int, blockedNodes: Set<Int>, blockedArcs: Set<Arc>) -> [[Int]] {
        let forward = bfs(from: source, reverse: false, blockedNodes: blockedNodes, blockedArcs: blockedArcs)
        guard forward[target] >= 0 else { return [] }
        let backward = bfs(from: target, reverse: true, blockedNodes: blockedNodes, blockedArcs: blockedArcs)
        var paths: [[Int]] = [], path = [source]
        func extend(_ v: Int) {
            if paths.count >= limit { return }
            if v == target { paths.append(path); return }
            for w32 in successors(v) {
                let w = Int(w32)
                guard forward[w] == forward[v] + 1, backward[w] == backward[v] - 1, backward[w] >= 0,
                      !blockedArcs.contains(Arc(v, w)) else { continue }
                path.append(w); extend(w); path.removeLast()
            }
        }
        extend(source)
        return paths
    }

    /// Up to `k` loopless paths in order of length (Yen's algorithm), ties in lexicographic order.
    /// - Complexity: O(*k* · *L* · (*V* + *E*)) for paths of length *L*.
    public func kShortestPaths(from source: Int, to target: Int, k: Int) -> [[Int]] {
        guard k > 0, let first = shortestPaths(from: source, to: target).first else { return [] }
        var accepted = [first]
        var candidates: [[Int]] = []
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            for i in 0..<(previous.count - 1) {
                let spur = previous[i], root = Array(previous[0...i])
                var arcs = Set<Arc>()
                for path in accepted where path.count > i + 1 && Array(path[0...i]) == root {
                    arcs.insert(Arc(path[i], path[i + 1]))
                    if !isDirected { arcs.insert(Arc(path[i + 1], path[i])) }
                }
                let nodes = Set(root.dropLast())
                guard let tail = shortestPaths(from: spur, to: target, limit: 1, blockedNodes: nodes, blockedArcs: arcs).first else { continue }
                let candidate = root + tail.dropFirst()
                if !accepted.contains(candidate), !candidates.contains(candidate) { candidates.append(candidate) }
            }
            guard let best = candidates.indices.min(by: { i, j in
                let (a, b) = (candidates[i], candidates[j])
                return a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
            }) else { break }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    /// Every loopless path of at most `maxLength` hops, in depth-first lexicographic order,
    /// handed to `visit` one at a time (return `false` to stop). Stops after `limit` paths.
    /// - Returns: how many paths were visited.
    @discardableResult
    public func simplePaths(from source: Int, to target: Int, maxLength: Int, limit: Int,
                            visit: ([Int]) -> Bool) -> Int {
        var path = [source], onPath = Set([source]), count = 0, stopped = false
        let toTarget = bfs(from: target, reverse: true, blockedNodes: [], blockedArcs: [])
        func extend(_ v: Int) {
            if stopped { return }
            if v == target {
                count += 1
                if !visit(path) || count >= limit { stopped = true }
                return
            }
            guard path.count - 1 < maxLength else { return }
            for w32 in successors(v) {
                let w = Int(w32)
                // Prune: the target must still be reachable within the hops left.
                guard !onPath.contains(w), toTarget[w] >= 0, path.count + Int(toTarget[w]) <= maxLength else { continue }
                path.append(w); onPath.insert(w); extend(w); path.removeLast(); onPath.remove(w)
                if stopped { return }
            }
        }
        extend(source)
        return count
    }

    private func bfs(from start: Int, reverse: Bool, blockedNodes: Set<Int>, blockedArcs: Set<Arc>) -> [Int32] {
        var distance = [Int32](repeating: -1, count: nodeCount)
        guard !blockedNodes.contains(start) else { return distance }
        var queue = [start], head = 0
        distance[start] = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for w32 in reverse ? predecessors(v) : successors(v) {
                let w = Int(w32)
                guard distance[w] < 0, !blockedNodes.contains(w), !blockedArcs.contains(reverse ? Arc(w, v) : Arc(v, w)) else { continue }
                distance[w] = distance[v] + 1
                queue.append(w)
            }
        }
        return distance
    }
}

/// An arc between two node indices.
struct Arc: Hashable {
    let from: Int, to: Int
    init(_ from: Int, _ to: Int) { (self.from, self.to) = (from, to) }
}
