import SummitGraph

/// The answer to `summitgraph sources`: every article the graph rests on, with how much of the
/// graph cites it.
public struct SourceList: Codable, Sendable {
    public struct Entry: Codable, Sendable {
        public var source: SourceReference
        public var place: String?
        public var author: String?
        /// Edges citing the article.
        public var edgeCount: Int
        /// Nodes the article names (the dataset's node sources).
        public var nodeCount: Int
    }

    public var sources: [Entry]

    /// In the dataset's order.
    /// - Complexity: O(nodes + citations).
    public init(_ graph: Graph) {
        var edges = [Int](repeating: 0, count: graph.sources.count), nodes = edges
        for id in graph.edgeIDs { for source in Set(graph[id].sources) { edges[source.offset] += 1 } }
        for id in graph.nodeIDs { for source in Set(graph[id].sources) { nodes[source.offset] += 1 } }
        sources = graph.sources.indices.map { i in
            let s = graph.sources[i]
            return Entry(source: SourceReference(graph, SourceID(i)), place: s.place, author: s.author,
                         edgeCount: edges[i], nodeCount: nodes[i])
        }
    }
}

/// The answer to `summitgraph sources ID`: what one article states.
public struct SourceStatements: Codable, Sendable {
    public struct Statement: Codable, Sendable {
        /// The edge, seen from its source end, with every source that cites it.
        public var edge: EdgeReport
        /// What this article says about the edge, in the dataset's words.
        public var paraphrase: String?
    }

    public var source: SourceReference
    public var place: String?
    public var author: String?
    public var edgeCount: Int
    /// Every edge citing the article, dated first by date, then by the target's name.
    public var statements: [Statement]
    /// The nodes the article names, by name.
    public var nodes: [NodeReference]

    /// - Throws: ``QueryError/unknownSource(_:suggestions:)`` when no source has the id `slug`.
    /// - Complexity: O(nodes + citations).
    public init(_ graph: Graph, slug: String) throws(QueryError) {
        guard let id = graph.source(slug: slug) else {
            throw .unknownSource(slug, suggestions: Spelling.closest(to: slug.lowercased(), among: graph.sources.map(\.slug)))
        }
        let s = graph[id]
        (source, place, author) = (SourceReference(graph, id), s.place, s.author)
        statements = graph.edgeIDs.compactMap { edge -> Statement? in
            guard let citation = graph[edge].citations.first(where: { $0.source == id }) else { return nil }
            return Statement(edge: EdgeReport(graph, edge, from: graph[edge].source), paraphrase: citation.paraphrase)
        }.sorted { EdgeReport.chronological($0.edge, $1.edge) }
        edgeCount = statements.count
        nodes = graph.nodeIDs.filter { graph[$0].sources.contains(id) }
            .sorted { (NameKey(graph[$0].name), $0) < (NameKey(graph[$1].name), $1) }
            .map { NodeReference(graph, $0) }
    }
}
