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
                                  "title", "areas", "topics", "sources", "evidence", "note"]
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
        nodes = graph.nodeIDs.map { id in
            let node = graph[id]
            let values: ExportAttributes.List = [("label", .text(node.name)), ("kind", .text(node.kind.rawValue))]
                + ExportAttributes.node(subtype: node.subtype, aliases: node.aliases, attributes: node.attributes, sources: node.sources, in: graph)
            return Element(id: node.slug, attributes: values)
        }
        edges = graph.edgeIDs.map { id in
            let edge = graph[id]
            let values = ExportAttributes.edgeHead(type: edge.type, status: edge.status, date: edge.date)
                + ExportAttributes.edgeDetails(place: edge.place, role: edge.role, title: edge.title, areas: edge.areas, topics: edge.topics,
                                               citations: edge.citations, note: edge.note, in: graph)
            return Link(id: edge.slug, source: graph[edge.source].slug, target: graph[edge.target].slug, attributes: values)
        }
        sources = ExportAttributes.sources(of: graph)
        conflicts = ExportAttributes.conflicts(of: graph)
    }

    /// The graph-level values as text: the name, then sources and conflicts as canonical JSON.
    public var graphAttributes: [(name: String, value: String)] {
        ExportAttributes.graph(name: name, sources: sources, conflicts: conflicts)
    }
}
