import SummitGraph

/// Which part of a graph a query looks at: a subgraph view by edge type, status, date and
/// cooperation area, node kind, and the direction edges are followed in. Empty sets mean "all".
///
/// Traversals run inside the view: an edge is followed only if the selection admits it and
/// the node it leads to (the focus node itself is always admitted).
public struct Selection: Hashable, Sendable {
    public var types: Set<EdgeType>
    public var kinds: Set<NodeKind>
    public var statuses: Set<EdgeStatus>
    /// Edges dated on or after this date's first day; undated edges are left out when set.
    public var from: FuzzyDate?
    /// Edges dated on or before this date's last day; undated edges are left out when set.
    public var to: FuzzyDate?
    public var direction: Direction
    /// Edges with one of these cooperation areas, or one under them; edges without areas are left
    /// out when set.
    public private(set) var areas: Set<CooperationArea> = []
    /// ``areas`` and every area under them in the schema the selection was made with.
    public private(set) var matchedAreas: Set<CooperationArea> = []

    /// - Parameter schema: where the areas under each of `areas` are found.
    public init(types: Set<EdgeType> = [], kinds: Set<NodeKind> = [], statuses: Set<EdgeStatus> = [], areas: Set<CooperationArea> = [],
                in schema: Schema = .standard, from: FuzzyDate? = nil, to: FuzzyDate? = nil, direction: Direction = .both) throws(QueryError) {
        if let from, let to, to.lastDay < from.firstDay {
            throw .invalidArgument("\(from)..\(to)", reason: "--to is before --from")
        }
        self.types = types
        self.kinds = kinds
        self.statuses = statuses
        self.from = from
        self.to = to
        self.direction = direction
        self.areas = areas
        matchedAreas = areas.reduce(into: []) { $0.formUnion(schema.areas(under: $1)) }
    }

    /// Everything, both directions.
    public static let all = Selection(types: [], kinds: [], statuses: [], direction: .both)

    private init(types: Set<EdgeType>, kinds: Set<NodeKind>, statuses: Set<EdgeStatus>, direction: Direction) {
        (self.types, self.kinds, self.statuses, self.direction) = (types, kinds, statuses, direction)
    }

    /// Whether the view leaves edges out by type, status, area or date (a selection by edges, as
    /// opposed to one by node kind).
    public var filtersEdges: Bool { !types.isEmpty || !statuses.isEmpty || !areas.isEmpty || from != nil || to != nil }

    /// Whether the view contains `edge` (its type, status, date and areas; not its ends).
    public func admits(_ edge: Edge) -> Bool { admits(type: edge.type, status: edge.status, date: edge.date) && admits(areas: edge.areas) }

    /// Whether the view contains an edge with these areas (any, when no area is selected).
    /// - Complexity: O(*a*) for *a* areas.
    public func admits(areas edgeAreas: [CooperationArea]) -> Bool {
        matchedAreas.isEmpty || edgeAreas.contains(where: matchedAreas.contains)
    }

    /// Whether the view contains an edge of this type, status and date, whatever its areas (read
    /// from the columns, without assembling the edge; see ``admits(areas:)``).
    public func admits(type: EdgeType, status: EdgeStatus, date: DateSpan?) -> Bool {
        if !types.isEmpty, !types.contains(type) { return false }
        if !statuses.isEmpty, !statuses.contains(status) { return false }
        return admits(date: date)
    }

    /// Whether an edge of this date may fall in the window (any, when there is none).
    public func admits(date: DateSpan?) -> Bool {
        guard from != nil || to != nil else { return true }
        guard let date else { return false }
        if let from, date.lastDay < from.firstDay { return false }
        if let to, date.firstDay > to.lastDay { return false }
        return true
    }

    /// Whether the view contains `node`.
    public func admits(_ node: Node) -> Bool { admits(kind: node.kind) }

    /// Whether the view contains a node of this kind.
    public func admits(kind: NodeKind) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
