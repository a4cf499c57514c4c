/// A typed, sourced relationship multigraph: directed edges of several types, parallel
/// edges kept, every edge with its status and sources.
///
/// Nodes, edges and sources are interned to dense integer ids. Adjacency is stored in
/// compressed sparse row (CSR) form, out and in, so a node's edges are a contiguous slice.
/// A graph is immutable; build one with ``GraphBuilder``.
public struct Graph: Sendable {
    public let nodes: [Node]
    public let edges: [Edge]
    public let sources: [Source]
    public let conflicts: [Conflict]

    let nodeBySlug: [String: NodeID]
    let edgeBySlug: [String: EdgeID]
    let sourceBySlug: [String: SourceID]
    let outgoing: Adjacency
    let incoming: Adjacency

    init(nodes: [Node], edges: [Edge], sources: [Source], conflicts: [Conflict],
         nodeBySlug: [String: NodeID], edgeBySlug: [String: EdgeID], sourceBySlug: [String: SourceID]) {
        self.nodes = nodes
        self.edges = edges
        self.sources = sources
        self.conflicts = conflicts
        self.nodeBySlug = nodeBySlug
        self.edgeBySlug = edgeBySlug
        self.sourceBySlug = sourceBySlug
        outgoing = Adjacency(nodeCount: nodes.count, edges: edges, end: \.source)
        incoming = Adjacency(nodeCount: nodes.count, edges: edges, end: \.target)
    }

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }

    /// Every node id, in index order.
    public var nodeIDs: some RandomAccessCollection<NodeID> { (0..<nodes.count).lazy.map(NodeID.init) }
    /// Every edge id, in index order.
    public var edgeIDs: some RandomAccessCollection<EdgeID> { (0..<edges.count).lazy.map(EdgeID.init) }

    @inlinable public subscript(node: NodeID) -> Node { nodes[node.offset] }
    @inlinable public subscript(edge: EdgeID) -> Edge { edges[edge.offset] }
    @inlinable public subscript(source: SourceID) -> Source { sources[source.offset] }

    /// The node whose slug is `slug`.
    /// - Complexity: O(1) on average.
    public func node(slug: String) -> NodeID? { nodeBySlug[slug] }
    /// The edge whose slug is `slug`.
    /// - Complexity: O(1) on average.
    public func edge(slug: String) -> EdgeID? { edgeBySlug[slug] }
    /// The source whose slug is `slug`.
    /// - Complexity: O(1) on average.
    public func source(slug: String) -> SourceID? { sourceBySlug[slug] }

    /// The conflicts that name `node` or one of its edges.
    /// - Complexity: O(*c* · *s*) for *c* conflicts of *s* subjects each.
    public func conflicts(involving node: NodeID) -> [Conflict] {
        conflicts.filter { conflict in
            conflict.subjects.contains { subject in
                switch subject {
                case .node(let id): id == node
                case .edge(let id): self[id].source == node || self[id].target == node
                }
            }
        }
    }
}
