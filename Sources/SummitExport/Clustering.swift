import SummitGraph

/// How a map groups nodes into boxes.
public enum Clustering: String, CaseIterable, Sendable {
    /// Each node with the state it heads, belongs to (`part_of`, transitively) or holds an office in.
    case state
    /// Each node with the initiative it takes part in, chairs, hosts, proposes or belongs to.
    case initiative

    /// node id → cluster (a state's or initiative's id); nodes without one are left out.
    static func assign(_ table: ExportTable, by clustering: Clustering) -> [String: String] {
        let kinds = Dictionary(uniqueKeysWithValues: table.nodes.map { ($0.id, $0["kind"]?.flattened ?? "") })
        let kind: NodeKind = clustering == .state ? .state : .initiative
        let target = kind.rawValue
        // The types whose rule groups a node under a node of that kind (``EdgeTypeRule/groupsUnder``).
        let types = Set(table.schema.types.filter { $0.groupsUnder.contains(kind) }.map(\.type.rawValue))
        var up: [String: [String]] = [:]
        for edge in table.edges where types.contains(edge["type"]?.flattened ?? "") {
            up[edge.source, default: []].append(edge.target)
        }
        var result: [String: String] = [:]
        for node in table.nodes {
            if kinds[node.id] == target { result[node.id] = node.id; continue }
            // Breadth-first up the chosen edges, first match in edge order.
            var frontier = [node.id]
            var seen: Set<String> = [node.id]
            search: for _ in 0..<4 {
                var next: [String] = []
                for id in frontier {
                    for parent in up[id] ?? [] where seen.insert(parent).inserted {
                        if kinds[parent] == target { result[node.id] = parent; break search }
                        next.append(parent)
                    }
                }
                frontier = next
            }
        }
        return result
    }

    /// The table's nodes split into those in no cluster and each cluster's (with its title: the
    /// cluster node's label), clusters sorted by id; node order is kept within each.
    /// - Complexity: O(*V* + *E*).
    static func group(_ table: ExportTable, by clustering: Clustering?)
        -> (loose: [ExportTable.Element], clusters: [(id: String, title: String, nodes: [ExportTable.Element])]) {
        let assigned = clustering.map { assign(table, by: $0) } ?? [:]
        var byCluster: [String: [ExportTable.Element]] = [:]
        var loose: [ExportTable.Element] = []
        for node in table.nodes {
            if let cluster = assigned[node.id] { byCluster[cluster, default: []].append(node) } else { loose.append(node) }
        }
        let titles = Dictionary(table.nodes.map { ($0.id, $0["label"]?.flattened ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        return (loose, byCluster.keys.sorted().map { ($0, titles[$0] ?? $0, byCluster[$0] ?? []) })
    }
}
