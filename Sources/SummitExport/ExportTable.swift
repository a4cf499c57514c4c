import SummitGraph

/// A graph flattened to what every export format writes: ids, and named attribute values in a
/// fixed order. Built once; each writer serialises it.
public struct ExportTable: Sendable {
    /// An attribute key and the domain it belongs to.
    public struct Key: Hashable, Sendable {
        public let name: String
        public let isList: Bool
    }

    public struct Element: Sendable {
        public let id: String
        public let attributes: [(name: String, value: ExportValue)]
        public subscript(name: String) -> ExportValue? { attributes.first { $0.name == name }?.value }
    }

    public struct Link: Sendable {
        public let id: String
        public let source: String
        public let target: String
        public let attributes: [(name: String, value: ExportValue)]
        public subscript(name: String) -> ExportValue? { attributes.first { $0.name == name }?.value }
    }

    /// Node keys in writing order; every node has `label` and `kind`.
    public static let nodeKeys = ["label", "kind", "subtype", "aliases", "attributes", "sources"]
    /// Edge keys in writing order; every edge has `type`, `status` and `sources`.
    public static let edgeKeys = ["label", "type", "status", "date", "date_start", "date_end", "place", "role",
                                  "title", "areas", "topics", "sources", "evidence", "evidence_spans", "evidence_sha256", "note"]
    /// Graph keys: the sources and the conflicts, each as a list of JSON objects.
    public static let graphKeys = ["name", "sources", "conflicts"]

    public let name: String
    public let nodes: [Element]
    public let edges: [Link]
    /// Each source as an object: id, file, publisher, published, title, place, author.
    public let sources: [JSONTree]
    /// Each conflict as an object: id, field, description, subjects, sources.
    public let conflicts: [JSONTree]

    /// - Complexity: O(*V* + *E* + total attribute size).
    public init(_ graph: Graph, name: String = "summitgraph") {
        self.name = name
        let (nodeStore, edgeStore) = (graph.nodes, graph.edges)
        nodes = graph.nodeIDs.map { id in
            let values: ExportAttributes.List = [("label", .text(nodeStore.name(of: id))), ("kind", .text(nodeStore.kind(of: id).rawValue))]
                + ExportAttributes.nodeDetails(code: nodeStore.detailCodes[id.offset], in: graph)
            return Element(id: nodeStore.slug(of: id), attributes: values)
        }
        edges = graph.edgeIDs.map { id in
            let values = ExportAttributes.edgeHead(EdgeHeadKey(edge: id.offset, in: edgeStore), in: graph)
                + ExportAttributes.edgeDetails(code: edgeStore.detailCodes[id.offset], in: graph)
            return Link(id: edgeStore.slug(at: id.offset), source: nodeStore.slug(of: edgeStore.source(of: id)),
                        target: nodeStore.slug(of: edgeStore.target(of: id)), attributes: values)
        }
        sources = ExportAttributes.sources(of: graph)
        conflicts = ExportAttributes.conflicts(of: graph)
    }

    /// The graph-level values as text: the name, then sources and conflicts as canonical JSON.
    public var graphAttributes: [(name: String, value: String)] {
        ExportAttributes.graph(name: name, sources: sources, conflicts: conflicts)
    }
}
