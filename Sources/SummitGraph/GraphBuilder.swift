/// Assembles a ``Graph``: sources, then nodes, then edges and conflicts that refer to them.
public struct GraphBuilder: Sendable {
    private var nodes: [Node] = []
    private var edges: [Edge] = []
    private var sources: [Source] = []
    private var conflicts: [Conflict] = []
    private var nodeBySlug: [String: NodeID] = [:]
    private var edgeBySlug: [String: EdgeID] = [:]
    private var sourceBySlug: [String: SourceID] = [:]

    public init() {}

    /// Adds a source. - Throws: ``GraphError/duplicateSlug(_:element:)``.
    @discardableResult
    public mutating func add(_ source: Source) throws(GraphError) -> SourceID {
        let id = SourceID(sources.count)
        guard sourceBySlug.updateValue(id, forKey: source.slug) == nil else {
            throw .duplicateSlug(source.slug, element: "source")
        }
        sources.append(source)
        return id
    }

    /// Adds a node. - Throws: ``GraphError`` for a duplicate slug or an unknown source.
    @discardableResult
    public mutating func add(_ node: Node) throws(GraphError) -> NodeID {
        for source in node.sources where source.offset >= sources.count { throw .unknownSource(source) }
        let id = NodeID(nodes.count)
        guard nodeBySlug.updateValue(id, forKey: node.slug) == nil else {
            throw .duplicateSlug(node.slug, element: "node")
        }
        nodes.append(node)
        return id
    }

    /// Adds an edge between nodes already added.
    /// - Throws: ``GraphError`` for a duplicate slug, an unknown node or source.
    @discardableResult
    public mutating func add(_ edge: Edge) throws(GraphError) -> EdgeID {
        for end in [edge.source, edge.target] + (edge.place.map { [$0] } ?? [])
        where !(0..<nodes.count).contains(end.offset) {
            throw .unknownNode(end)
        }
        for citation in edge.citations where citation.source.offset >= sources.count {
            throw .unknownSource(citation.source)
        }
        let id = EdgeID(edges.count)
        guard edgeBySlug.updateValue(id, forKey: edge.slug) == nil else {
            throw .duplicateSlug(edge.slug, element: "edge")
        }
        edges.append(edge)
        return id
    }

    /// Adds a conflict between statements already added.
    public mutating func add(_ conflict: Conflict) {
        conflicts.append(conflict)
    }

    /// The graph, with its adjacency built.
    /// - Complexity: O(*V* + *E*).
    public func build() -> Graph {
        Graph(nodes: nodes, edges: edges, sources: sources, conflicts: conflicts,
              nodeBySlug: nodeBySlug, edgeBySlug: edgeBySlug, sourceBySlug: sourceBySlug)
    }
}
