import SummitGraph

/// The answer to `summitgraph search TEXT`: the nodes and edges whose words contain the text,
/// folded as names are (case, accents, punctuation), best matches first.
public struct SearchReport: Codable, Sendable {
    /// How well a result matches, best first.
    public enum Match: String, Codable, Sendable, Comparable {
        /// The whole name or alias, folded.
        case exact
        /// Each word of the text starts a word of the name or alias, in order.
        case wordPrefix = "word-prefix"
        /// The text occurs inside the name or alias.
        case substring
        /// The text occurs in a detail: a node's attribute; an edge's topic, area, note, title or role;
        /// an article's title or publisher.
        case detail

        private var order: Int { [.exact, .wordPrefix, .substring, .detail].firstIndex(of: self) ?? 0 }
        public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    }

    /// An edge found by one of its details, named by its ends.
    public struct EdgeMention: Codable, Hashable, Sendable {
        public var id: String
        public var type: EdgeType
        public var source: NodeReference
        public var target: NodeReference
    }

    public struct Result: Codable, Sendable {
        public var match: Match
        /// What matched: a node's `name`, `alias`, `id` or `attribute`; an edge's `topic`, `area`,
        /// `note`, `title` or `role`; a source's `source-title` or `publisher`.
        public var field: String
        /// The text that matched, as the dataset writes it.
        public var text: String
        /// The node found; absent when an edge was.
        public var node: NodeReference?
        public var edge: EdgeMention?
        /// The article found, by its title or publisher.
        public var source: SourceReference?
    }

    public var query: String
    public var resultCount: Int
    public var results: [Result]

    /// - Complexity: O(total length of the graph's names and details).
    public init(_ graph: Graph, query: String) {
        self.query = query
        let needle = NameKey(query)
        var found: [Result] = []
        guard !needle.isEmpty else { (results, resultCount) = ([], 0); return }
        for id in graph.nodeIDs {
            let node = graph[id]
            var best: Result?
            func offer(_ match: Match?, _ field: String, _ text: String) {
                guard let match, best.map({ match < $0.match }) ?? true else { return }
                best = Result(match: match, field: field, text: text, node: NodeReference(graph, id))
            }
            offer(Self.nameMatch(needle, NameKey(node.name)), "name", node.name)
            for alias in node.aliases { offer(Self.nameMatch(needle, NameKey(alias)), "alias", alias) }
            offer(Self.nameMatch(needle, NameKey(node.slug)).map { max($0, .substring) }, "id", node.slug)
            for attribute in node.attributes {
                offer(Self.contains(needle, attribute.value) ? .detail : nil, "attribute", "\(attribute.key)=\(attribute.value)")
            }
            if let best { found.append(best) }
        }
        for id in graph.edgeIDs {
            let edge = graph[id]
            var details: [(String, String)] = edge.topics.map { ("topic", $0) } + edge.areas.map { ("area", $0.rawValue) }
            if let note = edge.note { details.append(("note", note)) }
            if let title = edge.title { details.append(("title", title)) }
            if let role = edge.role { details.append(("role", role.rawValue)) }
            guard let (field, text) = details.first(where: { Self.contains(needle, $0.1) }) else { continue }
            let mention = EdgeMention(id: edge.slug, type: edge.type, source: NodeReference(graph, edge.source),
                                      target: NodeReference(graph, edge.target))
            found.append(Result(match: .detail, field: field, text: text, edge: mention))
        }
        for (offset, source) in graph.sources.enumerated() {
            guard let (field, text) = [("source-title", source.title), ("publisher", source.publisher)]
                .first(where: { Self.contains(needle, $0.1) }) else { continue }
            found.append(Result(match: .detail, field: field, text: text, source: SourceReference(graph, SourceID(offset))))
        }
        results = found.sorted(by: Self.ranked)
        resultCount = results.count
    }

    /// Exact, word prefix or substring: how `needle` matches the folded name `name`.
    static func nameMatch(_ needle: NameKey, _ name: NameKey) -> Match? {
        if needle == name { return .exact }
        let words = needle.tokens, nameWords = name.tokens
        if words.count <= nameWords.count {
            for start in 0...(nameWords.count - words.count)
            where zip(words, nameWords[start...]).allSatisfy({ $1.hasPrefix($0) }) { return .wordPrefix }
        }
        return name.text.contains(needle.text) ? .substring : nil
    }

    /// Whether the folded `text` contains the folded `needle`.
    static func contains(_ needle: NameKey, _ text: String) -> Bool {
        NameKey(text).text.contains(needle.text)
    }

    /// By match, nodes before edges before sources, then by folded name (an edge by its source's,
    /// a source by its title), then id.
    private static func ranked(_ a: Result, _ b: Result) -> Bool {
        func key(_ r: Result) -> (Match, Int, NameKey, String) {
            if let node = r.node { return (r.match, 0, NameKey(node.name), node.id) }
            if let edge = r.edge { return (r.match, 1, NameKey(edge.source.name), edge.id) }
            return (r.match, 2, NameKey(r.source?.title ?? ""), r.source?.id ?? "")
        }
        return key(a) < key(b)
    }
}
