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
        edgeHead(type: graph.edges.types[Int(key.type)], status: graph.edges.statuses[Int(key.status)], date: DateSpan(packed: key.date),
                 schema: graph.schema)
    }

    /// An edge's first values: label (type and date), then the type, status and date fields in
    /// the schema's order, the date as text and as its first and last day.
    static func edgeHead(type: EdgeType, status: EdgeStatus, date: DateSpan?, schema: Schema) -> List {
        var values: List = [("label", .text(type.rawValue + (date.map { " \($0)" } ?? "")))]
        for field in schema.edgeFields {
            switch field.slot {
            case .type: values.append((field.name, .text(type.rawValue)))
            case .status: values.append((field.name, .text(status.rawValue)))
            case .date:
                if let date {
                    values += zip(field.valueNames, [date.description, date.start.description, date.end.description]).map { ($0, .text($1)) }
                }
            default: break
            }
        }
        return values
    }

    /// An edge's other values, from its detail code (`-1`: none, which still writes `sources`).
    static func edgeDetails(code: Int32, in graph: Graph) -> List {
        edgeDetails(code < 0 ? EdgeDetails() : graph.edges.details[Int(code)], in: graph)
    }

    /// An edge's other values, in the schema's field order: place, role, title, areas, topics,
    /// sources (always, maybe empty), evidence (each source's paraphrase, sources sorted),
    /// evidence_spans and evidence_sha256 (where each source's article says it, sources sorted),
    /// note; then its free attributes, by name (``Schema/edgeKeys``).
    static func edgeDetails(_ d: EdgeDetails, in graph: Graph) -> List {
        func source(_ id: SourceID) -> String { graph[id].slug }
        let schema = graph.schema
        var values: List = []
        for field in schema.edgeFields {
            switch field.slot {
            case .place: if let place = d.place { values.append((field.name, .text(graph[place].slug))) }
            case .role: if let role = d.role { values.append((field.name, .text(role.rawValue))) }
            case .title: if let title = d.title { values.append((field.name, .text(title))) }
            case .areas: if !d.areas.isEmpty { values.append((field.name, .list(d.areas.map(\.rawValue)))) }
            case .topics: if !d.topics.isEmpty { values.append((field.name, .list(d.topics))) }
            case .note: if let note = d.note { values.append((field.name, .text(note))) }
            case .sources:
                values.append((field.name, .list(d.citations.map { source($0.source) })))
                let evidence = d.citations.compactMap { c in c.paraphrase.map { (key: source(c.source), value: $0) } }
                if !evidence.isEmpty { values.append((field.valueNames[1], .map(evidence.sorted { $0.key < $1.key }))) }
                let located = d.citations.compactMap { c in c.location.map { (source: source(c.source), location: $0) } }
                    .sorted { $0.source < $1.source }
                if !located.isEmpty {
                    values.append((field.valueNames[2], .map(located.map { ($0.source, $0.location.span.description) })))
                    values.append((field.valueNames[3], .map(located.map { ($0.source, $0.location.sha256.description) })))
                }
            case .id, .type, .source, .target, .status, .date, .attribute: break
            }
        }
        return values + d.attributes.map { value($0, schema) }
    }

    /// A free attribute as exports write it: a text, a list, or a number or boolean of the
    /// attribute's type in the schema, in that type's canonical form.
    static func value(_ attribute: EdgeAttribute, _ schema: Schema) -> (name: String, value: ExportValue) {
        switch attribute.value {
        case .list(let items): return (attribute.name, .list(items))
        case .text(let text):
            let type = schema.attributeType(of: attribute.name)
            guard type != .string, let canonical = type.canonical(text) else { return (attribute.name, .text(text)) }
            return (attribute.name, .typed(canonical, type))
        }
    }

    /// The type exports declare for edge key `key`: an attribute's type in the schema; `string`
    /// for the built-in values.
    static func type(ofEdgeKey key: String, in schema: Schema) -> AttributeType {
        isAttribute(key, in: schema) ? schema.attributeType(of: key) : .string
    }

    /// Whether edge key `key` is a free attribute (or a field the schema keeps as one).
    static func isAttribute(_ key: String, in schema: Schema) -> Bool {
        key != "label" && !schema.edgeFields.contains { $0.slot != .attribute && $0.valueNames.contains(key) }
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
        var edgeNames = Set<String>()
        if !edges.isEmpty {
            let undated = edgeHead(type: edges.types[0], status: edges.statuses[0], date: nil, schema: graph.schema)
            edgeNames.formUnion((undated + edgeDetails(EdgeDetails(), in: graph)).map(\.name))
            if edges.dates.contains(where: { $0 != 0 }) { edgeNames.formUnion(graph.schema.fields(in: .date).flatMap(\.valueNames)) }
        }
        used = [Bool](repeating: false, count: edges.details.count)
        for code in edges.detailCodes where code >= 0 { used[Int(code)] = true }
        for (code, d) in edges.details.enumerated() where used[code] {
            for (name, _) in edgeDetails(d, in: graph) { edgeNames.insert(name) }
        }
        return (ExportTable.nodeKeys.filter(nodeNames.contains), orderedEdgeKeys(edgeNames, in: graph.schema))
    }

    /// `names` in writing order: the schema's edge keys, then free attributes by name.
    static func orderedEdgeKeys(_ names: Set<String>, in schema: Schema) -> [String] {
        let known = schema.edgeKeys
        return known.filter(names.contains) + names.subtracting(known).sorted()
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
