import SummitGraph

/// The answer to `summitgraph stats`: counts by kind, type and status, and the shape.
public struct GraphStats: Codable, Sendable {
    public struct Count: Codable, Sendable, Hashable {
        public var name: String
        public var count: Int
    }

    public var nodes: Int
    public var edges: Int
    public var sources: Int
    public var conflicts: Int
    public var nodesByKind: [Count]
    public var edgesByType: [Count]
    public var edgesByStatus: [Count]
    /// Edges ÷ (nodes · (nodes − 1)), as for a directed graph (parallel edges each count).
    public var density: Double
    /// Weakly connected components.
    public var components: Int
    public var largestComponent: Int
    /// Nodes with no edge.
    public var isolatedNodes: Int
    /// How many nodes have each degree (edges in and out, parallel edges each counted), by degree.
    public var degreeDistribution: [Count]
    /// The longest shortest path (in hops, edges either way) inside the largest component; set
    /// by a caller that has the algorithms (the CLI).
    public var diameter: Int?

    /// - Complexity: O(*V* + *E*).
    public init(_ graph: Graph) {
        nodes = graph.nodeCount
        edges = graph.edgeCount
        sources = graph.sources.count
        conflicts = graph.conflicts.count
        func counts<K: RawRepresentable & CaseIterable>(_ tallied: [K: Int]) -> [Count] where K.RawValue == String {
            var tally: [String: Int] = [:]
            for (v, n) in tallied { tally[v.rawValue, default: 0] += n }
            let known = K.allCases.map(\.rawValue)
            let others = tally.keys.filter { !known.contains($0) }.sorted()
            return (known + others).compactMap { name in tally[name].map { Count(name: name, count: $0) } }
        }
        nodesByKind = counts(graph.nodes.countsByKind)
        edgesByType = counts(graph.edges.countsByType)
        edgesByStatus = counts(graph.edges.countsByStatus)
        density = nodes > 1 ? Double(edges) / Double(nodes * (nodes - 1)) : 0
        let sizes = graph.weakComponentSizes()
        components = sizes.count
        largestComponent = sizes.max() ?? 0
        isolatedNodes = graph.nodeIDs.filter { graph.degree(of: $0) == 0 }.count
        var byDegree: [Int: Int] = [:]
        for id in graph.nodeIDs { byDegree[graph.degree(of: id), default: 0] += 1 }
        degreeDistribution = byDegree.keys.sorted().map { Count(name: String($0), count: byDegree[$0] ?? 0) }
    }
}

extension Graph {
    /// The sizes of the weakly connected components, in order of their smallest node id.
    /// - Complexity: O(*V* + *E*).
    public func weakComponentSizes() -> [Int] {
        var component = [Int32](repeating: -1, count: nodeCount)
        var sizes: [Int] = []
        var stack: [NodeID] = []
        for start in nodeIDs where component[start.offset] < 0 {
            let label = Int32(sizes.count)
            component[start.offset] = label
            stack.append(start)
            var size = 0
            while let node = stack.popLast() {
                size += 1
                for id in edges(of: node) {
                    let other = self[id].opposite(of: node)
                    if component[other.offset] < 0 {
                        component[other.offset] = label
                        stack.append(other)
                    }
                }
            }
            sizes.append(size)
        }
        return sizes
    }
}
