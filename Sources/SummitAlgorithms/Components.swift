extension AnalysisGraph {
    /// Weakly connected components (connected components when undirected): a component
    /// number per node, numbered in order of their smallest node.
    ///
    /// Union–find over the out-arcs (each arc once, in CSR order, so the reads are sequential),
    /// with path halving and the smaller root kept; then one pass numbers the roots in node order.
    /// - Complexity: O((*V* + *E*) · α(*V*)).
    public func weakComponents() -> [Int32] {
        let n = nodeCount
        var parent = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for v in 0..<n { buffer[v] = Int32(v) }
            count = n
        }
        parent.withUnsafeMutableBufferPointer { parent in
            func root(_ v: Int32) -> Int32 {
                var v = v
                while parent[Int(v)] != v {
                    parent[Int(v)] = parent[Int(parent[Int(v)])]  // path halving
                    v = parent[Int(v)]
                }
                return v
            }
            outOffsets.withUnsafeBufferPointer { offsets in
                outTargets.withUnsafeBufferPointer { targets in
                    for u in 0..<n {
                        for i in Int(offsets[u])..<Int(offsets[u + 1]) {
                            let (a, b) = (root(Int32(u)), root(targets[i]))
                            if a != b { parent[Int(max(a, b))] = min(a, b) }
                        }
                    }
                }
            }
            for v in 0..<n { parent[v] = root(Int32(v)) }  // flat: every node points at its root
        }
        // Roots are each component's smallest node, so node order numbers them as a search would.
        var label = [Int32](repeating: -1, count: n)
        var next: Int32 = 0
        for v in 0..<n {
            let r = Int(parent[v])
            if r == v { label[v] = next; next += 1 } else { label[v] = label[r] }
        }
        return label
    }

    /// Strongly connected components by an iterative Tarjan: a component number per node.
    /// - Complexity: O(*V* + *E*).
    public func strongComponents() -> [Int32] {
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n), low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n), component = [Int32](repeating: -1, count: n)
        var stack: [Int32] = [], counter: Int32 = 0, components: Int32 = 0
        var frames: [(node: Int, edge: Int)] = []
        for root in 0..<n where index[root] < 0 {
            frames.append((root, Int(outOffsets[root])))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let (v, e) = frames.last {
                if e < Int(outOffsets[v + 1]) {
                    frames[frames.count - 1].edge += 1
                    let w = Int(outTargets[e])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        frames.append((w, Int(outOffsets[w])))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    frames.removeLast()
                    if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            component[Int(w)] = components
                            if Int(w) == v { break }
                        }
                        components += 1
                    }
                }
            }
        }
        return component
    }

    /// The largest eccentricity within the largest weak component, as an undirected graph
    /// (NetworkX `diameter` on that component; the view should be undirected).
    ///
    /// Exact, by iFUB (Crescenzi, Grossi, Habib, Lanzi, Marino, 2013): one BFS from the node of
    /// highest degree sorts the component into levels; the eccentricities of the deepest level's
    /// nodes are computed, then the next level's, until the largest found exceeds twice the
    /// depth of the levels left, which no node there can beat (checked after every BFS). On small-world graphs that is a
    /// handful of BFS where checking every node would be *V'* of them.
    /// - Complexity: O(*V'* · (*V'* + *E'*)) in the worst case; typically O(*k* · (*V'* + *E'*)), *k* small.
    public func diameterOfLargestComponent() -> Int {
        let labels = weakComponents()
        var sizes: [Int32: Int] = [:]
        for l in labels { sizes[l, default: 0] += 1 }
        guard let largest = sizes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { return 0 }
        var start = -1
        for v in 0..<nodeCount where labels[v] == largest && (start < 0 || outDegree(v) > outDegree(start)) { start = v }
        let depth = distances(from: start)
        var levels: [[Int]] = []
        for v in 0..<nodeCount where depth[v] >= 0 {
            while levels.count <= Int(depth[v]) { levels.append([]) }
            levels[Int(depth[v])].append(v)
        }
        var lower = levels.count - 1, level = levels.count - 1
        while level > 0 && lower < 2 * level {
            for v in levels[level] {
                lower = max(lower, Int(distances(from: v).max() ?? 0))
                if lower > 2 * (level - 1) { return lower }  // no node left can beat it
            }
            level -= 1
        }
        return lower
    }
}
