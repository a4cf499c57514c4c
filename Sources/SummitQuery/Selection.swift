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
    public func admits(_ edge: Edge) -> Bool {
        if !types.isEmpty, !types.contains(edge.type) { return false }
        if !statuses.isEmpty, !statuses.contains(edge.status) { return false }
        if from != nil || to != nil {
            guard let date = edge.date else { return false }
            if let from, date.lastDay < from.firstDay { return false }
            if let to, date.firstDay > to.lastDay { return false }
        }
        return true
    }

    /// Whether the view contains `node`.
    public func admits(_ node: Node) -> Bool { kinds.isEmpty || kinds.contains(node.kind) }
}
