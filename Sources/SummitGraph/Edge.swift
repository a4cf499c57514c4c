/// One typed, sourced relationship between two nodes.
public struct Edge: Hashable, Sendable {
    /// The stable id (`met-rahmon-naruhito`).
    public var slug: String
    public var type: EdgeType
    public var source: NodeID
    public var target: NodeID
    public var status: EdgeStatus
    /// When it happened (or is planned), with the precision the sources give.
    public var date: DateSpan?
    /// Where it happened: a place or state node.
    public var place: NodeID?
    /// The participant's role (`participates_in` only).
    public var role: ParticipationRole?
    /// The office's title (`head_of`, `holds_role` only).
    public var title: String?
    /// Cooperation areas, sorted.
    public var areas: [CooperationArea]
    /// Free-text topics, in the dataset's order.
    public var topics: [String]
    /// The sources that state the fact, each with an optional paraphrase; never empty
    /// in a validated dataset.
    public var citations: [Citation]
    /// An editor's note.
    public var note: String?

    public init(slug: String, type: EdgeType, source: NodeID, target: NodeID, status: EdgeStatus,
                date: DateSpan? = nil, place: NodeID? = nil, role: ParticipationRole? = nil,
                title: String? = nil, areas: [CooperationArea] = [], topics: [String] = [],
                citations: [Citation], note: String? = nil) {
        self.slug = slug
        self.type = type
        self.source = source
        self.target = target
        self.status = status
        self.date = date
        self.place = place
        self.role = role
        self.title = title
        self.areas = areas
        self.topics = topics
        self.citations = citations
        self.note = note
    }

    /// The sources that state the fact.
    public var sources: [SourceID] { citations.map(\.source) }

    /// The end of the edge that is not `node` (`node` itself for a self-loop).
    @inlinable public func opposite(of node: NodeID) -> NodeID { node == source ? target : source }
}

/// A source stating an edge's fact, with what it says in the dataset's own words and, when
/// recorded, where the article says it.
public struct Citation: Hashable, Sendable {
    public var source: SourceID
    public var paraphrase: String?
    /// The sentence in the source's article file that states the fact (never the sentence itself).
    public var location: SentenceLocation?
    public init(source: SourceID, paraphrase: String? = nil, location: SentenceLocation? = nil) {
        (self.source, self.paraphrase, self.location) = (source, paraphrase, location)
    }
}
