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
        func source(_ id: SourceID) -> String { graph[id].slug }
        nodes = graph.nodeIDs.map { id in
            let node = graph[id]
            var values: [(String, ExportValue)] = [("label", .text(node.name)), ("kind", .text(node.kind.rawValue))]
            if let subtype = node.subtype { values.append(("subtype", .text(subtype))) }
            if !node.aliases.isEmpty { values.append(("aliases", .list(node.aliases))) }
            if !node.attributes.isEmpty {
                var seen = Set<String>()
                let pairs = node.attributes.reversed().filter { seen.insert($0.key).inserted }  // last one wins
                values.append(("attributes", .map(pairs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })))
            }
            if !node.sources.isEmpty { values.append(("sources", .list(node.sources.map(source)))) }
            return Element(id: node.slug, attributes: values.map { (name: $0.0, value: $0.1) })
        }
        edges = graph.edgeIDs.map { id in
            let edge = graph[id]
            let label = edge.type.rawValue + (edge.date.map { " \($0)" } ?? "")
            var values: [(String, ExportValue)] = [("label", .text(label)), ("type", .text(edge.type.rawValue)),
                                                   ("status", .text(edge.status.rawValue))]
            if let date = edge.date {
                values += [("date", .text(date.description)), ("date_start", .text(date.start.description)),
                           ("date_end", .text(date.end.description))]
            }
            if let place = edge.place { values.append(("place", .text(graph[place].slug))) }
            if let role = edge.role { values.append(("role", .text(role.rawValue))) }
            if let title = edge.title { values.append(("title", .text(title))) }
            if !edge.areas.isEmpty { values.append(("areas", .list(edge.areas.map(\.rawValue)))) }
            if !edge.topics.isEmpty { values.append(("topics", .list(edge.topics))) }
            values.append(("sources", .list(edge.citations.map { source($0.source) })))
            let evidence = edge.citations.compactMap { c in c.paraphrase.map { (key: source(c.source), value: $0) } }
            if !evidence.isEmpty { values.append(("evidence", .map(evidence.sorted { $0.key < $1.key }))) }
            if let note = edge.note { values.append(("note", .text(note))) }
            return Link(id: edge.slug, source: graph[edge.source].slug, target: graph[edge.target].slug,
                        attributes: values.map { (name: $0.0, value: $0.1) })
        }
        sources = graph.sources.map { s in
            let optional = [("published", s.published?.description), ("place", s.place), ("author", s.author)].compactMap { k, v in v.map { JSONTree.Member(k, .string($0)) } }
            return .object([.init("id", .string(s.slug)), .init("file", .string(s.file)), .init("publisher", .string(s.publisher)),
                            .init("title", .string(s.title))] + optional)
        }
        conflicts = graph.conflicts.map { c in
            let subjects = c.subjects.map { subject -> JSONTree in
                switch subject {
                case .node(let n): .string(graph[n].slug)
                case .edge(let e): .string(graph[e].slug)
                }
            }
            return .object([.init("id", .string(c.slug)), .init("field", .string(c.field.rawValue)),
                            .init("description", .string(c.description)), .init("subjects", .array(subjects)),
                            .init("sources", .array(c.sources.map { .string(source($0)) }))])
        }
    }

    /// The graph-level values as text: the name, then sources and conflicts as canonical JSON.
    public var graphAttributes: [(name: String, value: String)] {
        [("name", name), ("sources", JSONTree.array(sources).canonical), ("conflicts", JSONTree.array(conflicts).canonical)]
    }
}
