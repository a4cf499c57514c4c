import SummitGraph

/// The answer to `summitgraph show`: everything the dataset says about one node.
public struct NodeCard: Codable, Sendable {
    public struct EdgeGroup: Codable, Sendable {
        public var type: EdgeType
        public var edges: [EdgeReport]
    }

    public var node: NodeReference
    public var aliases: [String]
    public var attributes: [Attribute]
    public var sources: [SourceReference]
    /// Offices held (`head_of`, `holds_role` edges leaving the node).
    public var roles: [EdgeReport]
    /// Every edge of the node, grouped by type (in the type vocabulary's order), each group
    /// by date (undated last), then by the other end's name.
    public var edges: [EdgeGroup]
    public var conflicts: [ConflictReport]

    /// - Complexity: O(degree · log degree + conflicts).
    public init(_ graph: Graph, _ id: NodeID) {
        let n = graph[id]
        node = NodeReference(graph, id)
        aliases = n.aliases
        attributes = n.attributes
        sources = n.sources.map { SourceReference(graph, $0) }
        let reports = graph.edges(of: id).map { EdgeReport(graph, $0, from: id) }
        roles = reports.filter { [.headOf, .holdsRole].contains($0.type) && $0.direction == .out }
        let grouped = Dictionary(grouping: reports, by: \.type)
        edges = grouped.keys.sorted().map { type in
            EdgeGroup(type: type, edges: (grouped[type] ?? []).sorted(by: EdgeReport.chronological))
        }
        conflicts = graph.conflicts(involving: id).map { ConflictReport(graph, $0) }
    }
}

extension NodeCard {
    /// Visits the source of every edge of the card (its groups and its offices), to add to it.
    public mutating func updateCitations(_ body: (inout SourceReference) -> Void) {
        for g in edges.indices { for e in edges[g].edges.indices { for s in edges[g].edges[e].sources.indices { body(&edges[g].edges[e].sources[s]) } } }
        for r in roles.indices { for s in roles[r].sources.indices { body(&roles[r].sources[s]) } }
    }
}

extension EdgeReport {
    /// Dated edges first, by date; then by the other end's folded name; then by id.
    public static func chronological(_ a: EdgeReport, _ b: EdgeReport) -> Bool {
        let ka = (a.date == nil ? 1 : 0, a.date ?? "", NameKey(a.other.name), a.id)
        let kb = (b.date == nil ? 1 : 0, b.date ?? "", NameKey(b.other.name), b.id)
        return ka < kb
    }
}
