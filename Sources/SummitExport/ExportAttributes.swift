import SummitGraph

/// What an export writes for a node or an edge, defined once: ``ExportTable`` builds its rows
/// from these, and the streaming writers render each piece once per distinct value (a node's
/// details, an edge's type, status and date, an edge's details), as the graph's columns share them.
enum ExportAttributes {
    typealias List = [(name: String, value: ExportValue)]

    /// A node's values after `label` and `kind`, from its detail code (`-1`: none).
    static func nodeDetails(code: Int32, in graph: Graph) -> List {
        code < 0 ? [] : node(graph.nodes.details[Int(code)], in: graph)
    }

    /// A node's values after `label` and `kind`: subtype, aliases, attributes (the last value of
    /// a key wins; keys sorted), sources.
    static func node(_ d: NodeDetails, in graph: Graph) -> List {
        var values: List = []
        if let subtype = d.subtype { values.append(("subtype", .text(subtype))) }
        if !d.aliases.isEmpty { values.append(("aliases", .list(d.aliases))) }
        if !d.attributes.isEmpty {
            var seen = Set<String>()
            let pairs = d.attributes.reversed().filter { seen.insert($0.key).inserted }
            values.append(("attributes", .map(pairs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })))
        }
        if !d.sources.isEmpty { values.append(("sources", .list(d.sources.map { graph[$0].slug }))) }
        return values
    }

    /// An edge's first values, from the columns they depend on.
    static func edgeHead(_ key: EdgeHeadKey, in graph: Graph) -> List {
        edgeHead(type: graph.edges.types[Int(key.type)], status: EdgeStatus(code: key.status) ?? .occurred, date: DateSpan(packed: key.date))
    }

    /// An edge's first values: label (type and date), type, status, and the date as text and as
    /// its first and last day.
    static func edgeHead(type: EdgeType, status: EdgeStatus, date: DateSpan?) -> List {
        var values: List = [("label", .text(type.rawValue + (date.map { " \($0)" } ?? ""))), ("type", .text(type.rawValue)),
                            ("status", .text(status.rawValue))]
        if let date {
            values += [("date", .text(date.description)), ("date_start", .text(date.start.description)),
                       ("date_end", .text(date.end.description))]
        }
        return values
    }

    /// An edge's other values, from its detail code (`-1`: none, which still writes `sources`).
    static func edgeDetails(code: Int32, in graph: Graph) -> List {
        edgeDetails(code < 0 ? EdgeDetails() : graph.edges.details[Int(code)], in: graph)
    }

    /// An edge's other values: place, role, title, areas, topics, sources (always, maybe empty),
    /// evidence (each source's paraphrase, sources sorted), evidence_spans and evidence_sha256
    /// (where each source's article says it, sources sorted), note.
    static func edgeDetails(_ d: EdgeDetails, in graph: Graph) -> List {
        func source(_ id: SourceID) -> String { graph[id].slug }
        var values: List = []
        if let place = d.place { values.append(("place", .text(graph[place].slug))) }
        if let role = d.role { values.append(("role", .text(role.rawValue))) }
        if let title = d.title { values.append(("title", .text(title))) }
        if !d.areas.isEmpty { values.append(("areas", .list(d.areas.map(\.rawValue)))) }
        if !d.topics.isEmpty { values.append(("topics", .list(d.topics))) }
        values.append(("sources", .list(d.citations.map { source($0.source) })))
        let evidence = d.citations.compactMap { c in c.paraphrase.map { (key: source(c.source), value: $0) } }
        if !evidence.isEmpty { values.append(("evidence", .map(evidence.sorted { $0.key < $1.key }))) }
        let located = d.citations.compactMap { c in c.location.map { (source: source(c.source), location: $0) } }
            .sorted { $0.source < $1.source }
        if !located.isEmpty {
            values.append(("evidence_spans", .map(located.map { ($0.source, $0.location.span.description) })))
            values.append(("evidence_sha256", .map(located.map { ($0.source, $0.location.sha256.description) })))
        }
        if let note = d.note { values.append(("note", .text(note))) }
        return values
    }

    /// Each source as an object: id, file, publisher, title, and published, place, author when known.
    static func sources(of graph: Graph) -> [JSONTree] {
        graph.sources.map { s in
            let optional = [("published", s.published?.description), ("place", s.place), ("author", s.author)]
                .compactMap { k, v in v.map { JSONTree.Member(k, .string($0)) } }
            return .object([.init("id", .string(s.slug)), .init("file", .string(s.file)), .init("publisher", .string(s.publisher)),
                            .init("title", .string(s.title))] + optional)
        }
    }

    /// Each conflict as an object: id, field, description, subjects, sources.
    static func conflicts(of graph: Graph) -> [JSONTree] {
        graph.conflicts.map { c in
            let subjects = c.subjects.map { subject -> JSONTree in
                switch subject {
                case .node(let n): .string(graph[n].slug)
                case .edge(let e): .string(graph[e].slug)
                }
            }
            return .object([.init("id", .string(c.slug)), .init("field", .string(c.field.rawValue)),
                            .init("description", .string(c.description)), .init("subjects", .array(subjects)),
                            .init("sources", .array(c.sources.map { .string(graph[$0].slug) }))])
        }
    }

    /// The graph-level values as text: the name, then sources and conflicts as canonical JSON.
    static func graph(name: String, sources: [JSONTree], conflicts: [JSONTree]) -> [(name: String, value: String)] {
        [("name", name), ("sources", JSONTree.array(sources).canonical), ("conflicts", JSONTree.array(conflicts).canonical)]
    }

    /// The node and edge keys that some node or edge has, in ``ExportTable``'s writing order.
    /// - Complexity: O(*V* + *E*), plus the attributes of each distinct detail once.
    static func keys(of graph: Graph) -> (node: [String], edge: [String]) {
        let (nodes, edges) = (graph.nodes, graph.edges)
        var nodeNames: Set<String> = nodes.isEmpty ? [] : ["label", "kind"]
        var used = [Bool](repeating: false, count: nodes.details.count)
        for code in nodes.detailCodes where code >= 0 { used[Int(code)] = true }
        for (code, d) in nodes.details.enumerated() where used[code] {
            for (name, _) in node(d, in: graph) { nodeNames.insert(name) }
        }
        var edgeNames: Set<String> = edges.isEmpty ? [] : ["label", "type", "status", "sources"]
        if edges.dates.contains(where: { $0 != 0 }) { edgeNames.formUnion(["date", "date_start", "date_end"]) }
        used = [Bool](repeating: false, count: edges.details.count)
        for code in edges.detailCodes where code >= 0 { used[Int(code)] = true }
        for (code, d) in edges.details.enumerated() where used[code] {
            for (name, _) in edgeDetails(d, in: graph) { edgeNames.insert(name) }
        }
        return (ExportTable.nodeKeys.filter(nodeNames.contains), ExportTable.edgeKeys.filter(edgeNames.contains))
    }
}

/// What an edge's first values depend on: its packed date, type code and status code.
struct EdgeHeadKey: Hashable {
    let date: UInt64
    let type: UInt16
    let status: UInt8

    /// The key of edge `i`, read from the columns.
    init(edge i: Int, in edges: EdgeStore) {
        (date, type, status) = (edges.dates[i], edges.typeCodes[i], edges.statusCodes[i])
    }
}
