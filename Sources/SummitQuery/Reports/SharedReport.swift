import SummitGraph

/// What two nodes have in common: edges between them, common neighbours grouped by how each
/// is linked to them, and cooperation areas both have (within the selected areas, if any).
public struct SharedReport: Codable, Sendable {
    public struct Common: Codable, Sendable {
        public var node: NodeReference
        public var fromA: [EdgeReport]
        public var fromB: [EdgeReport]
    }

    public struct Group: Codable, Sendable {
        /// `met`, or `participates_in + chairs` when the two are linked differently.
        public var relation: String
        public var common: [Common]
    }

    public struct Area: Codable, Sendable {
        public var area: CooperationArea
        public var edgesA: [EdgeReport]
        public var edgesB: [EdgeReport]
    }

    public var a: NodeReference
    public var b: NodeReference
    public var direct: [EdgeReport]
    public var groups: [Group]
    public var areas: [Area]

    /// - Complexity: O(deg(a) + deg(b)) plus sorting.
    public init(_ graph: Graph, _ a: NodeID, _ b: NodeID, selection: Selection = .all) {
        self.a = NodeReference(graph, a)
        self.b = NodeReference(graph, b)
        func links(_ node: NodeID) -> [NodeID: [EdgeID]] {
            var result: [NodeID: [EdgeID]] = [:]
            for id in graph.edges(of: node) where selection.admits(graph[id]) {
                let other = graph[id].opposite(of: node)
                if other != node, selection.admits(graph[other]) { result[other, default: []].append(id) }
            }
            return result
        }
        let (la, lb) = (links(a), links(b))
        direct = (la[b] ?? []).map { EdgeReport(graph, $0, from: a) }.sorted(by: EdgeReport.chronological)
        var grouped: [String: [Common]] = [:]
        for (node, ea) in la where node != b {
            guard let eb = lb[node] else { continue }
            let types = Set(ea.map { graph[$0].type.rawValue } + eb.map { graph[$0].type.rawValue }).sorted()
            grouped[types.joined(separator: " + "), default: []].append(Common(
                node: NodeReference(graph, node),
                fromA: ea.map { EdgeReport(graph, $0, from: a) }.sorted(by: EdgeReport.chronological),
                fromB: eb.map { EdgeReport(graph, $0, from: b) }.sorted(by: EdgeReport.chronological)))
        }
        groups = grouped.keys.sorted().map { key in
            Group(relation: key, common: (grouped[key] ?? []).sorted { NameKey($0.node.name) < NameKey($1.node.name) })
        }
        func areaEdges(_ node: NodeID) -> [CooperationArea: [EdgeID]] {
            var result: [CooperationArea: [EdgeID]] = [:]
            for id in graph.edges(of: node) where selection.admits(graph[id]) {
                // With --area, only the selected areas and those under them are areas in common.
                for area in graph[id].areas where selection.matchedAreas.isEmpty || selection.matchedAreas.contains(area) {
                    result[area, default: []].append(id)
                }
            }
            return result
        }
        let (aa, ab) = (areaEdges(a), areaEdges(b))
        areas = Set(aa.keys).intersection(ab.keys).sorted().map { area in
            Area(area: area, edgesA: (aa[area] ?? []).map { EdgeReport(graph, $0, from: a) },
                 edgesB: (ab[area] ?? []).map { EdgeReport(graph, $0, from: b) })
        }
    }
}
