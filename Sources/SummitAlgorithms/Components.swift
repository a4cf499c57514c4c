extension AnalysisGraph {
    /// Weakly connected components (connected components when undirected): a component
    /// number per node, numbered in order of their smallest node.
    ///
    /// Afforest (Sutton, Ben-Nun, Barak, 2018) on union–find: each node is first linked to its
    /// first two successors, which on most graphs already gathers the giant component; then only
    /// nodes outside the largest component so far link their remaining successors and all their
    /// predecessors. Every arc with an end outside that component is taken from that end, and an
    /// arc with both ends inside it joins nothing new, so the answer is exact. Links hang the
    /// larger root under the smaller, so each root is its component's smallest node.
    /// - Complexity: O((*V* + *E*) · α(*V*)); O(*V* + *E′*) when *E′* arcs touch nodes outside
    ///   the largest component, which on small-world graphs is a small part of *E*.
    public func weakComponents() -> [Int32] {
        let n = nodeCount
        var parent = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for v in 0..<n { buffer[v] = Int32(v) }
            count = n
        }
        let sampled = 2
        parent.withUnsafeMutableBufferPointer { parent in
            func root(_ v: Int32) -> Int32 {
                var v = v
                while parent[Int(v)] != v {
                    parent[Int(v)] = parent[Int(parent[Int(v)])]  // path halving
                    v = parent[Int(v)]
                }
                return v
            }
            func link(_ u: Int32, _ w: Int32) {
                let (a, b) = (root(u), root(w))
                if a != b { parent[Int(max(a, b))] = min(a, b) }
            }
            outOffsets.withUnsafeBufferPointer { offsets in
                outTargets.withUnsafeBufferPointer { targets in
                    for round in 0..<sampled {
                        for u in 0..<n where Int(offsets[u]) + round < Int(offsets[u + 1]) {
                            link(Int32(u), targets[Int(offsets[u]) + round])
                        }
                    }
                }
            }
            for v in 0..<n { parent[v] = root(Int32(v)) }  // flat: each node points at its root
            // The component most of 1,024 fixed pseudo-random nodes are in: very likely the largest.
            // Any choice gives the exact answer; a poor one only does more work.
            var counts: [Int32: Int] = [:], state: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<(n == 0 ? 0 : 1024) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                counts[parent[Int((state >> 33) % UInt64(n))], default: 0] += 1
            }
            let largest = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? -1
            outOffsets.withUnsafeBufferPointer { offsets in
                outTargets.withUnsafeBufferPointer { targets in
                    inOffsets.withUnsafeBufferPointer { inOffsets in
                        inTargets.withUnsafeBufferPointer { inTargets in
                            // A node in the component points at its root, unless a later link hung that root under a
                            // smaller one and halving moved the node up: it then links its arcs too, which is only work.
                            for u in 0..<n where parent[u] != largest {
                                for i in min(Int(offsets[u]) + sampled, Int(offsets[u + 1]))..<Int(offsets[u + 1]) { link(Int32(u), targets[i]) }
                                if isDirected {
                                    for i in Int(inOffsets[u])..<Int(inOffsets[u + 1]) { link(Int32(u), inTargets[i]) }
                                }
                            }
                        }
                    }
                }
            }
            // Roots are each component's smallest node, so node order numbers them as a search would;
            // once flat, the labels overwrite the parents, a root's label being set before its other nodes are met.
            for v in 0..<n { parent[v] = root(Int32(v)) }
            var next: Int32 = 0
            for v in 0..<n {
                let r = Int(parent[v])
                if r == v { parent[v] = next; next += 1 } else { parent[v] = parent[r] }
            }
        }
        return parent
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
