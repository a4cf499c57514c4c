import SummitGraph

/// The data block of the interactive HTML map: every node (kind, aliases, offices), every edge
/// (type, status, date, areas, role, title, topics, place, each source's paraphrase), every source
/// (publisher, date, title, file, link), and which drawn SVG edge carries which edges. One JSON
/// object, keys sorted, the same bytes for the same graph, with `<` written `\u003c` so the block
/// can sit inside `<script>` without ending it.
public enum MapData {
    /// A drawn edge of the map's SVG and the edges it carries (more than one when parallel edges are merged).
    public struct DrawnEdge: Sendable {
        public let svgID: String
        public let members: [String]
        public init(svgID: String, members: [String]) { (self.svgID, self.members) = (svgID, members) }
    }

    public struct Options: Sendable {
        /// What the map shows, as the title says it.
        public var title: String
        /// The drawn SVG edges; when empty, each edge is drawn alone as `e-<edge id>`.
        public var drawnEdges: [DrawnEdge]
        /// The node the map was focused on, if any.
        public var focus: String?
        /// A link (relative path or URL) to a source's article, by source id, when known.
        public var links: [String: String]
        public init(title: String, drawnEdges: [DrawnEdge] = [], focus: String? = nil, links: [String: String] = [:]) {
            (self.title, self.drawnEdges, self.focus, self.links) = (title, drawnEdges, focus, links)
        }
    }

    /// `graph`'s data block as JSON text (one line per node, edge and source).
    /// - Complexity: O(*V* + *E* + total size of the values).
    public static func json(for graph: Graph, options: Options) -> String {
        let schema = graph.schema
        let nodes = graph.nodeIDs.map { node(graph[$0], id: $0, in: graph) }
        let edges = graph.edgeIDs.map { edge(graph[$0], in: graph) }
        let sources = graph.sources.map { source($0, link: options.links[$0.slug]) }
        let drawn = options.drawnEdges.isEmpty
            ? graph.edgeIDs.map { DrawnEdge(svgID: "e-" + graph.edges.slug(at: $0.offset), members: [graph.edges.slug(at: $0.offset)]) }
            : options.drawnEdges
        let used = (kinds: Set(graph.nodeIDs.map { graph.nodes.kind(of: $0).rawValue }),
                    types: Set(graph.edgeIDs.map { graph.edges.type(of: $0).rawValue }),
                    statuses: Set(graph.edgeIDs.map { graph.edges.status(of: $0).rawValue }))
        func ordered(_ declared: [String], _ present: Set<String>) -> JSONTree {
            strings(declared.filter(present.contains) + present.subtracting(declared).sorted())
        }
        var members: [(key: String, text: String)] = [
            ("title", JSONText.quoted(options.title)),
            ("kinds", ordered(schema.kinds.map(\.kind.rawValue), used.kinds).canonical),
            ("types", ordered(schema.types.map(\.type.rawValue), used.types).canonical),
            ("statuses", ordered(schema.statuses.map(\.name.rawValue), used.statuses).canonical),
            ("drawn", list(drawn.map { .object([.init("members", strings($0.members)), .init("svg", .string($0.svgID))]) })),
            ("nodes", list(nodes)), ("edges", list(edges)), ("sources", list(sources)),
        ]
        if let focus = options.focus { members.append(("focus", JSONText.quoted(focus))) }
        let text = "{" + members.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ": " + $0.text }.joined(separator: ",\n") + "}\n"
        return scriptSafe(text)
    }

    /// Big lists one item a line, so a diff of two maps reads.
    private static func list(_ items: [JSONTree]) -> String {
        "[" + (items.isEmpty ? "" : "\n" + items.map(\.canonical).joined(separator: ",\n") + "\n") + "]"
    }

    /// `text` with every `<` as `\u003c` (only inside JSON strings can one occur), so no `</script>` or `<!--` ends the block.
    static func scriptSafe(_ text: String) -> String { text.replacingOccurrences(of: "<", with: "\\u003c") }

    private static func strings(_ values: [String]) -> JSONTree { .array(values.map(JSONTree.string)) }

    /// A node: id, name, kind, subtype, aliases, svg id, and the offices its head_of/holds_role edges give.
    private static func node(_ n: Node, id: NodeID, in graph: Graph) -> JSONTree {
        var members: [JSONTree.Member] = [.init("id", .string(n.slug)), .init("name", .string(n.name)), .init("kind", .string(n.kind.rawValue)),
                                          .init("svg", .string("n-" + n.slug))]
        if let subtype = n.subtype { members.append(.init("subtype", .string(subtype))) }
        if !n.aliases.isEmpty { members.append(.init("aliases", strings(n.aliases))) }
        let offices = graph.outgoingEdges(of: id).compactMap { e -> JSONTree? in
            let edge = graph[e]
            guard edge.type == .headOf || edge.type == .holdsRole else { return nil }
            var office: [JSONTree.Member] = [.init("of", .string(graph[edge.target].name)), .init("status", .string(edge.status.rawValue)),
                                             .init("edge", .string(edge.slug))]
            if let title = edge.title { office.append(.init("title", .string(title))) }
            return .object(office)
        }
        if !offices.isEmpty { members.append(.init("offices", .array(offices))) }
        return .object(members)
    }

    /// An edge: id, ends, type, status, date (as given, and its first and last possible days), and what else it carries.
    private static func edge(_ e: Edge, in graph: Graph) -> JSONTree {
        var members: [JSONTree.Member] = [
            .init("id", .string(e.slug)), .init("source", .string(graph[e.source].slug)), .init("target", .string(graph[e.target].slug)),
            .init("type", .string(e.type.rawValue)), .init("status", .string(e.status.rawValue)),
        ]
        if let date = e.date {
            members.append(.init("date", .string(date.description)))
            members.append(.init("first", .string(FuzzyDate(dayNumber: date.firstDay)?.description ?? date.start.description)))
            members.append(.init("last", .string(FuzzyDate(dayNumber: date.lastDay)?.description ?? date.end.description)))
        }
        if let place = e.place { members.append(.init("place", .string(graph[place].name))) }
        if let role = e.role { members.append(.init("role", .string(role.rawValue))) }
        if let title = e.title { members.append(.init("title", .string(title))) }
        if !e.areas.isEmpty { members.append(.init("areas", strings(e.areas.map(\.rawValue)))) }
        if !e.topics.isEmpty { members.append(.init("topics", strings(e.topics))) }
        if let note = e.note { members.append(.init("note", .string(note))) }
        let citations = e.citations.map { c -> JSONTree in
            .object([.init("source", .string(graph[c.source].slug))] + (c.paraphrase.map { [.init("paraphrase", .string($0))] } ?? []))
        }
        members.append(.init("citations", .array(citations)))
        return .object(members)
    }

    /// A source: id, publisher, date, title, file, and the link to its article when known.
    private static func source(_ s: Source, link: String?) -> JSONTree {
        var members: [JSONTree.Member] = [.init("id", .string(s.slug)), .init("publisher", .string(s.publisher)),
                                          .init("title", .string(s.title)), .init("file", .string(s.file))]
        if let published = s.published { members.append(.init("published", .string(published.description))) }
        if let link { members.append(.init("link", .string(link))) }
        return .object(members)
    }
}
