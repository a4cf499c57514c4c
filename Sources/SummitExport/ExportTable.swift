import SummitGraph

/// A graph flattened to what every export format writes: ids, and named attribute values in a
/// fixed order. Built once; each writer serialises it.
public struct ExportTable: Sendable {
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
    /// Graph keys: the sources and the conflicts, each as a list of JSON objects.
    public static let graphKeys = ["name", "sources", "conflicts"]

    public let name: String
    /// The graph's schema: what its values mean, its free attributes' types.
    public let schema: Schema
    /// The edge keys some edge has, in writing order: the schema's (``Schema/edgeKeys``; every
    /// edge has `type`, `status` and `sources`), then free attributes by name.
    public let edgeKeys: [String]
    /// The edge keys that are free attributes, looked up per value by the DOT writer.
    private let attributeKeys: Set<String>
    public let nodes: [Element]
    public let edges: [Link]
    /// Each source as an object: id, file, publisher, published, title, place, author.
    public let sources: [JSONTree]
    /// Each conflict as an object: id, field, description, subjects, sources.
    public let conflicts: [JSONTree]

    /// - Complexity: O(*V* + *E* + total attribute size).
    public init(_ graph: Graph, name: String = "summitgraph") {
        self.name = name
        schema = graph.schema
        edgeKeys = ExportAttributes.keys(of: graph).edge
        attributeKeys = Set(edgeKeys.filter { ExportAttributes.isAttribute($0, in: graph.schema) })
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

    /// The type typed formats declare for edge key `key`: a free attribute's type, else `string`.
    public func type(ofEdgeKey key: String) -> AttributeType { ExportAttributes.type(ofEdgeKey: key, in: schema) }

    /// Whether edge key `key` is a free attribute (or a field the schema keeps as one), not a
    /// value summitgraph has a slot for.
    public func isAttribute(_ key: String) -> Bool { attributeKeys.contains(key) }

    /// The graph-level values as text: the name, then sources and conflicts as canonical JSON.
    public var graphAttributes: [(name: String, value: String)] {
        ExportAttributes.graph(name: name, sources: sources, conflicts: conflicts)
    }
}
