import SummitGraph

/// The nodes within a number of hops of a focus node, each with the edges that reach it.
public struct Neighborhood: Sendable {
    /// A node reached from the focus.
    public struct Member: Sendable {
        public let node: NodeID
        /// Hops from the focus (1 for a direct neighbour).
        public let depth: Int
        /// Every admitted edge joining it to a node one hop nearer the focus, in edge order.
        public let edges: [EdgeID]
    }

    public let focus: NodeID
    public let depth: Int
    /// Members by depth, then by folded name, then by id.
    public let members: [Member]
}

extension Graph {
    /// The nodes at most `depth` hops from `focus` inside `selection`, by breadth-first search.
    /// - Complexity: O(*V'* + *E'*) for the nodes and edges within `depth` hops.
    public func neighborhood(of focus: NodeID, depth: Int = 1,
                             selection: Selection = .all) throws(QueryError) -> Neighborhood {
        guard depth >= 1 else { throw .invalidArgument(String(depth), reason: "the depth is at least 1") }
        var distance: [NodeID: Int] = [focus: 0]
        var reaching: [NodeID: [EdgeID]] = [:]
        var frontier = [focus]
        var level = 0
        while !frontier.isEmpty, level < depth {
            level += 1
            var next: [NodeID] = []
            for node in frontier {
                for id in edges(of: node, direction: selection.direction) {
                    let edge = self[id]
                    let other = edge.opposite(of: node)
                    guard other != node, selection.admits(edge), selection.admits(self[other]) else { continue }
                    if let seen = distance[other] {
                        if seen == level { reaching[other, default: []].append(id) }
                        continue
                    }
                    distance[other] = level
                    reaching[other] = [id]
                    next.append(other)
                }
            }
            frontier = next
        }
        let keys = Dictionary(uniqueKeysWithValues: reaching.keys.map { ($0, NameKey(self[$0].name)) })  // folded once
        let members = reaching.map { node, ids in
            Neighborhood.Member(node: node, depth: distance[node] ?? level, edges: ids.sorted())
        }.sorted { a, b in
            (a.depth, keys[a.node]!, a.node) < (b.depth, keys[b.node]!, b.node)
        }
        return Neighborhood(focus: focus, depth: depth, members: members)
    }
}
