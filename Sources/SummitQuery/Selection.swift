import SummitGraph

/// Which part of a graph a query looks at: a subgraph view by edge type, status and date,
/// node kind, and the direction edges are followed in. Empty sets mean "all".
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

    public init(types: Set<EdgeType> = [], kinds: Set<NodeKind> = [], statuses: Set<EdgeStatus> = [],
                from: FuzzyDate? = nil, to: FuzzyDate? = nil, direction: Direction = .both) throws(QueryError) {
        if let from, let to, to.lastDay < from.firstDay {
            throw .invalidArgument("\(from)..\(to)", reason: "--to is before --from")
        }
        self.types = types
        self.kinds = kinds
        self.statuses = statuses
        self.from = from
        self.to = to
        self.direction = direction
    }

    /// Everything, both directions.
    public static let all = Selection(types: [], kinds: [], statuses: [], direction: .both)

    private init(types: Set<EdgeType>, kinds: Set<NodeKind>, statuses: Set<EdgeStatus>, direction: Direction) {
        (self.types, self.kinds, self.statuses, self.direction) = (types, kinds, statuses, direction)
    }

    /// Whether the view contains `edge` (its type, status and date; not its ends).
    public func admits(_ edge: Edge) -> Bool { admits(type: edge.type, status: edge.status, date: edge.date) }

    /// Whether the view contains an edge of this type, status and date (read from the columns,
    /// without assembling the edge).
    public func admits(type: EdgeType, status: EdgeStatus, date: DateSpan?) -> Bool {
        if !types.isEmpty, !types.contains(type) { return false }
        if !statuses.isEmpty, !statuses.contains(status) { return false }
        if from != nil || to != nil {
            guard let date else { return false }
            if let from, date.lastDay < from.firstDay { return false }
            if let to, date.firstDay > to.lastDay { return false }
        }
        return true
    }

    /// Whether the view contains `node`.
    public func admits(_ node: Node) -> Bool { admits(kind: node.kind) }

    /// Whether the view contains a node of this kind.
    public func admits(kind: NodeKind) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
