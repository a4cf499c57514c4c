import SummitGraph

/// Dated edges in chronological order; an edge whose date a conflict disputes is shown with
/// the competing dates and their sources.
public struct TimelineReport: Codable, Sendable {
    public struct Alternative: Codable, Sendable {
        public var conflict: String
        public var edge: String
        public var date: String?
        public var sources: [String]
    }

    public struct Entry: Codable, Sendable {
        public var edge: EdgeReport
        public var precision: String
        public var alternatives: [Alternative]
    }

    public var focus: NodeReference?
    public var entries: [Entry]

    /// - Complexity: O(*E* log *E* + conflicts).
    public init(_ graph: Graph, focus: NodeID? = nil, selection: Selection = .all) {
        self.focus = focus.map { NodeReference(graph, $0) }
        let ids = (focus.map { graph.edges(of: $0) } ?? Array(graph.edgeIDs)).filter {
            let e = graph[$0]
            return e.date != nil && selection.admits(e) && selection.admits(graph[e.source]) && selection.admits(graph[e.target])
        }
        let sorted = ids.sorted { x, y in
            let (a, b) = (graph[x], graph[y])
            guard let da = a.date, let db = b.date else { return x < y }
            return (da.firstDay, da.lastDay, da.start.precision.rawValue, a.type, x) < (db.firstDay, db.lastDay, db.start.precision.rawValue, b.type, y)
        }
        entries = sorted.map { id in
            let edge = graph[id]
            let alternatives = graph.conflicts.filter { $0.field == .date && $0.subjects.contains(.edge(id)) }.flatMap { conflict in
                conflict.subjects.compactMap { subject -> Alternative? in
                    guard case .edge(let other) = subject, other != id else { return nil }
                    return Alternative(conflict: conflict.slug, edge: graph[other].slug, date: graph[other].date?.description,
                                       sources: graph[other].sources.map { graph[$0].slug })
                }
            }
            let precision = edge.date.map { ["year", "month", "day"][$0.start.precision.rawValue] + ($0.isRange ? " range" : "") } ?? ""
            return Entry(edge: EdgeReport(graph, id, from: focus ?? edge.source), precision: precision, alternatives: alternatives)
        }
    }
}
