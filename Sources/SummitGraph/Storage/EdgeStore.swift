/// A graph's edges in columns: ends as two `Int32` arrays, types and statuses as codes into
/// tables, the date span packed in 64 bits, and the rarer facts (place, role, title, areas,
/// topics, citations, note, free attributes) interned in a side table that edges share. Reading an ``Edge``
/// assembles it from the columns; the hot paths (adjacency, analysis) read the columns alone.
///
/// An edge costs 23 bytes here whatever it carries (plus 16 in the graph's adjacency), against
/// some 200 as an ``Edge`` value.
/// Slugs are stored only when some edge was given one; otherwise edge `i` is called `e<i>`.
public struct EdgeStore: RandomAccessCollection, Sendable {
    @usableFromInline package var sources: Column<Int32> = []
    @usableFromInline package var targets: Column<Int32> = []
    @usableFromInline package var typeCodes: Column<UInt16> = []
    @usableFromInline package var types: [EdgeType] = []
    @usableFromInline package var statusCodes: Column<UInt8> = []
    @usableFromInline package var statuses: [EdgeStatus] = []
    /// ``DateSpan/packed``, or 0 for an undated edge.
    package var dates: Column<UInt64> = []
    /// `-1` when the edge has none of the details.
    package var detailCodes: Column<Int32> = []
    package var details: [EdgeDetails] = []
    /// Empty while every slug is the synthesized `e<index>`.
    package var slugs = StringPool()
    package var index = SlugIndex()

    package init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { sources.count }

    /// The edge at `position`, assembled from the columns.
    /// - Complexity: O(size of its details).
    public subscript(position: Int) -> Edge {
        let code = detailCodes[position]
        let detail = code < 0 ? EdgeDetails() : details[Int(code)]
        return Edge(slug: slug(at: position), type: types[Int(typeCodes[position])],
                    source: NodeID(Int(sources[position])), target: NodeID(Int(targets[position])),
                    status: statuses[Int(statusCodes[position])], date: DateSpan(packed: dates[position]),
                    place: detail.place, role: detail.role, title: detail.title, areas: detail.areas,
                    topics: detail.topics, citations: detail.citations, note: detail.note, attributes: detail.attributes)
    }

    /// Whether every slug is the synthesized `e<index>`.
    package var hasSynthesizedSlugs: Bool { slugs.count == 0 }

    package func slug(at position: Int) -> String { hasSynthesizedSlugs ? "e\(position)" : slugs[position] }

    /// The position of the edge whose slug is `slug`.
    /// - Complexity: O(length of `slug`) on average.
    package func position(ofSlug slug: String) -> Int? {
        if !hasSynthesizedSlugs { return index.find(slug, in: slugs).map(Int.init) }
        guard slug.first == "e", let n = Int(slug.dropFirst()), n >= 0, n < count, "e\(n)" == slug else { return nil }
        return n
    }

    /// The node edge `id` leaves.
    @inlinable public func source(of id: EdgeID) -> NodeID { NodeID(Int(sources[id.offset])) }
    /// The node edge `id` arrives at.
    @inlinable public func target(of id: EdgeID) -> NodeID { NodeID(Int(targets[id.offset])) }
    /// The type of edge `id`, without assembling the edge.
    @inlinable public func type(of id: EdgeID) -> EdgeType { types[Int(typeCodes[id.offset])] }
    /// The status of edge `id`.
    @inlinable public func status(of id: EdgeID) -> EdgeStatus { statuses[Int(statusCodes[id.offset])] }
    /// The date of edge `id`.
    public func date(of id: EdgeID) -> DateSpan? { DateSpan(packed: dates[id.offset]) }
}

/// What an edge has besides its ends, type, status and date: often nothing, and often shared.
package struct EdgeDetails: Hashable, Sendable {
    package var place: NodeID?
    package var role: ParticipationRole?
    package var title: String?
    package var areas: [CooperationArea] = []
    package var topics: [String] = []
    package var citations: [Citation] = []
    package var note: String?
    /// Sorted by name, each name once.
    package var attributes: [EdgeAttribute] = []

    package init(place: NodeID? = nil, role: ParticipationRole? = nil, title: String? = nil, areas: [CooperationArea] = [],
                 topics: [String] = [], citations: [Citation] = [], note: String? = nil, attributes: [EdgeAttribute] = []) {
        (self.place, self.role, self.title, self.areas) = (place, role, title, areas)
        (self.topics, self.citations, self.note, self.attributes) = (topics, citations, note, attributes)
    }

    package init(_ edge: Edge) {
        self.init(place: edge.place, role: edge.role, title: edge.title, areas: edge.areas, topics: edge.topics,
                  citations: edge.citations, note: edge.note, attributes: edge.attributes)
    }

    package var isEmpty: Bool {
        place == nil && role == nil && title == nil && areas.isEmpty && topics.isEmpty && citations.isEmpty && note == nil
            && attributes.isEmpty
    }
}
