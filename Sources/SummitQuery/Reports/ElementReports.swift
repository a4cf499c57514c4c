import SummitGraph

/// A node as reports show it: id, name, kind and subtype.
public struct NodeReference: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: NodeKind
    public var subtype: String?

    public init(_ graph: Graph, _ node: NodeID) {
        let n = graph[node]
        (id, name, kind, subtype) = (n.slug, n.name, n.kind, n.subtype)
    }
}

/// A source as reports cite it, with what it says about one edge when the dataset records that,
/// and where its article says it.
public struct SourceReference: Codable, Hashable, Sendable {
    public var id: String
    public var publisher: String
    public var published: String?
    public var title: String
    public var file: String
    public var paraphrase: String?
    /// The sentence's span in the article file, `START-END` (see ``ArticleSpan``).
    public var span: String?
    /// The SHA-256 of the sentence's UTF-8, in hex.
    public var sha256: String?
    /// The sentence read from the article file, its hash checked (`show`/`why --quote`).
    public var quote: String?
    /// Why the sentence was not quoted.
    public var quoteProblem: QuoteProblem?

    /// Why a located sentence could not be quoted.
    public enum QuoteProblem: String, Codable, Hashable, Sendable {
        case articleNotFound = "article-not-found"
        /// Not UTF-8 text, or too large.
        case articleUnreadable = "article-unreadable"
        /// The text at the span no longer has the recorded hash.
        case articleChanged = "article-changed"
        case spanOutsideArticle = "span-outside-article"
    }

    public init(_ graph: Graph, _ source: SourceID, paraphrase: String? = nil, location: SentenceLocation? = nil) {
        let s = graph[source]
        (id, publisher, published, title, file) = (s.slug, s.publisher, s.published?.description, s.title, s.file)
        self.paraphrase = paraphrase
        (span, sha256) = (location?.span.description, location?.sha256.description)
    }

    /// The sentence's location, when the report carries one.
    public var location: SentenceLocation? {
        guard let span = span.flatMap({ try? ArticleSpan(parsing: $0) }), let hash = sha256.flatMap(SHA256Digest.init(hex:)) else { return nil }
        return SentenceLocation(span: span, sha256: hash)
    }
}

/// An edge as reports show it, seen from one of its ends.
public struct EdgeReport: Codable, Hashable, Sendable {
    public var id: String
    public var type: EdgeType
    public var source: NodeReference
    public var target: NodeReference
    /// `out` when the edge leaves the node it is seen from, `in` when it arrives there.
    public var direction: Direction
    public var status: EdgeStatus
    public var date: String?
    public var place: NodeReference?
    public var role: ParticipationRole?
    public var title: String?
    public var areas: [CooperationArea]?
    public var topics: [String]?
    public var note: String?
    /// Free attributes, by name.
    public var attributes: [String: AttributeValue]?
    public var sources: [SourceReference]
    /// The nearer node the edge joins, in a neighbourhood (`neighbors`): the end it is seen from.
    public var via: NodeReference?

    /// `edge` seen from `node`.
    public init(_ graph: Graph, _ edge: EdgeID, from node: NodeID) {
        let e = graph[edge]
        id = e.slug
        type = e.type
        source = NodeReference(graph, e.source)
        target = NodeReference(graph, e.target)
        direction = e.source == node ? .out : .in
        status = e.status
        date = e.date?.description
        place = e.place.map { NodeReference(graph, $0) }
        role = e.role
        title = e.title
        areas = e.areas.isEmpty ? nil : e.areas
        topics = e.topics.isEmpty ? nil : e.topics
        note = e.note
        attributes = e.attributes.isEmpty ? nil : Dictionary(uniqueKeysWithValues: e.attributes.map { ($0.name, $0.value) })
        sources = e.citations.map { SourceReference(graph, $0.source, paraphrase: $0.paraphrase, location: $0.location) }
    }

    /// The end that is not the node the edge is seen from.
    public var other: NodeReference { direction == .out ? target : source }
}

/// A disagreement between sources, as reports show it.
public struct ConflictReport: Codable, Hashable, Sendable {
    public var id: String
    public var field: Conflict.Field
    public var description: String
    public var subjects: [String]
    public var sources: [String]

    public init(_ graph: Graph, _ conflict: Conflict) {
        id = conflict.slug
        field = conflict.field
        description = conflict.description
        subjects = conflict.subjects.map {
            switch $0 {
            case .node(let n): graph[n].slug
            case .edge(let e): graph[e].slug
            }
        }
        sources = conflict.sources.map { graph[$0].slug }
    }
}
