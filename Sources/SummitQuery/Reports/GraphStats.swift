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

    /// Counts are named as counts in JSON, as in every command's output (docs/json-output.md).
    enum CodingKeys: String, CodingKey {
        case nodes = "nodeCount", edges = "edgeCount", sources = "sourceCount", conflicts = "conflictCount"
        case components = "componentCount", largestComponent = "largestComponentSize", isolatedNodes = "isolatedNodeCount"
        case nodesByKind, edgesByType, edgesByStatus, density, degreeDistribution, diameter
    }

    /// - Complexity: O(*V* + *E*).
    public init(_ graph: Graph) {
        nodes = graph.nodeCount
        edges = graph.edgeCount
        sources = graph.sources.count
        conflicts = graph.conflicts.count
        /// The counts in the schema's order, then names the schema does not declare, sorted.
        func counts<K: OpenVocabulary>(_ tallied: [K: Int], declared: [K]) -> [Count] {
            let others = tallied.keys.filter { !declared.contains($0) }.sorted { $0.rawValue < $1.rawValue }
            return (declared + others).compactMap { name in tallied[name].map { Count(name: name.rawValue, count: $0) } }
        }
        let schema = graph.schema
        nodesByKind = counts(graph.nodes.countsByKind, declared: schema.kinds.map(\.kind))
        edgesByType = counts(graph.edges.countsByType, declared: schema.types.map(\.type))
        edgesByStatus = counts(graph.edges.countsByStatus, declared: schema.statuses.map(\.name))
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
