/// A typed, sourced relationship multigraph: directed edges of several types, parallel
/// edges kept, every edge with its status and sources.
///
/// Nodes, edges and sources are interned to dense integer ids. Nodes and edges are stored in
/// columns (``NodeStore``, ``EdgeStore``); adjacency in compressed sparse row (CSR) form, out
/// and in, so a node's edges are a contiguous slice. A graph is immutable; build one with
/// ``GraphBuilder``.
public struct Graph: Sendable {
    public let nodes: NodeStore
    public let edges: EdgeStore
    public let sources: [Source]
    public let conflicts: [Conflict]
    /// What the graph's vocabularies mean: the schema it was built with.
    public let schema: Schema

    let sourceBySlug: [String: SourceID]
    package let outgoing: Adjacency
    package let incoming: Adjacency
    /// The node of every self-loop, sorted (usually empty), so `degree(of:)` is O(log *L*).
    let selfLoops: [Int32]

    /// A graph over stores already checked; builds the adjacency.
    /// - Complexity: O(*V* + *E*).
    package init(nodes: NodeStore, edges: EdgeStore, sources: [Source], conflicts: [Conflict], schema: Schema) {
        let outgoing = Adjacency(nodeCount: nodes.count, ends: edges.sources, far: edges.targets)
        let incoming = Adjacency(nodeCount: nodes.count, ends: edges.targets, far: edges.sources)
        self.init(nodes: nodes, edges: edges, sources: sources, conflicts: conflicts, schema: schema, outgoing: outgoing, incoming: incoming)
    }

    /// A graph with its adjacency given (a snapshot stores it).
    package init(nodes: NodeStore, edges: EdgeStore, sources: [Source], conflicts: [Conflict], schema: Schema,
                 outgoing: Adjacency, incoming: Adjacency) {
        (self.nodes, self.edges, self.sources, self.conflicts, self.schema) = (nodes, edges, sources, conflicts, schema)
        sourceBySlug = Dictionary(sources.enumerated().map { ($0.element.slug, SourceID($0.offset)) }, uniquingKeysWith: { a, _ in a })
        (self.outgoing, self.incoming) = (outgoing, incoming)
        var loops: [Int32] = []
        edges.sources.withUnsafeBufferPointer { sources in
            edges.targets.withUnsafeBufferPointer { targets in
                for i in sources.indices where sources[i] == targets[i] { loops.append(sources[i]) }
            }
        }
        selfLoops = loops.sorted()
    }

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }

    /// Every node id, in index order.
    public var nodeIDs: some RandomAccessCollection<NodeID> { (0..<nodes.count).lazy.map(NodeID.init) }
    /// Every edge id, in index order.
    public var edgeIDs: some RandomAccessCollection<EdgeID> { (0..<edges.count).lazy.map(EdgeID.init) }

    /// - Complexity: O(length of the node's strings): the node is assembled from columns.
    public subscript(node: NodeID) -> Node { nodes[node.offset] }
    /// - Complexity: O(size of the edge's details): the edge is assembled from columns.
    public subscript(edge: EdgeID) -> Edge { edges[edge.offset] }
    @inlinable public subscript(source: SourceID) -> Source { sources[source.offset] }

    /// The node whose slug is `slug`.
    /// - Complexity: O(length of `slug`) on average.
    public func node(slug: String) -> NodeID? { nodes.index.find(slug, in: nodes.slugs).map { NodeID(Int($0)) } }
    /// The edge whose slug is `slug`.
    /// - Complexity: O(length of `slug`) on average.
    public func edge(slug: String) -> EdgeID? { edges.position(ofSlug: slug).map(EdgeID.init) }
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
                case .edge(let id): edges.source(of: id) == node || edges.target(of: id) == node
                }
            }
        }
    }
}
