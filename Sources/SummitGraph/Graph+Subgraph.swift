extension Graph {
    /// The graph restricted to `nodes` and to those of `edges` whose ends are both kept, with
    /// the sources still cited and the conflicts about what remains. Order is preserved.
    /// - Complexity: O(*k* log *k* + *S* + *C*) for *k* kept nodes and candidate edges.
    public func subgraph(nodes keep: Set<NodeID>, edges candidates: some Sequence<EdgeID>) -> Graph {
        let edgeIDs = Set(candidates.filter { keep.contains(edges.source(of: $0)) && keep.contains(edges.target(of: $0)) })
        var cited = Set<SourceID>()
        for id in keep { cited.formUnion(self[id].sources) }
        for id in edgeIDs { cited.formUnion(self[id].sources) }
        let conflicts = self.conflicts.compactMap { conflict -> (Conflict, [Conflict.Subject])? in
            let subjects = conflict.subjects.filter {
                switch $0 {
                case .node(let n): keep.contains(n)
                case .edge(let e): edgeIDs.contains(e)
                }
            }
            return subjects.isEmpty ? nil : (conflict, subjects)
        }
        for (conflict, _) in conflicts { cited.formUnion(conflict.sources) }

        var builder = GraphBuilder()
        var sourceMap: [SourceID: SourceID] = [:]
        var nodeMap: [NodeID: NodeID] = [:]
        var edgeMap: [EdgeID: EdgeID] = [:]
        // Slugs are unique in `self`, so the builder cannot fail here.
        for id in (0..<sources.count).map(SourceID.init) where cited.contains(id) {
            sourceMap[id] = try? builder.add(self[id])
        }
        for id in keep.sorted() {
            var node = self[id]
            node.sources = node.sources.compactMap { sourceMap[$0] }
            nodeMap[id] = try? builder.add(node)
        }
        for id in edgeIDs.sorted() {
            var edge = self[id]
            guard let source = nodeMap[edge.source], let target = nodeMap[edge.target] else { continue }
            (edge.source, edge.target) = (source, target)
            edge.place = edge.place.flatMap { nodeMap[$0] }
            edge.citations = edge.citations.compactMap { c in
                sourceMap[c.source].map { var copy = c; copy.source = $0; return copy }
            }
            edgeMap[id] = try? builder.add(edge)
        }
        for (conflict, subjects) in conflicts {
            var copy = conflict
            copy.subjects = subjects.compactMap {
                switch $0 {
                case .node(let n): nodeMap[n].map(Conflict.Subject.node)
                case .edge(let e): edgeMap[e].map(Conflict.Subject.edge)
                }
            }
            copy.sources = conflict.sources.compactMap { sourceMap[$0] }
            builder.add(copy)
        }
        return builder.build()
    }
}
