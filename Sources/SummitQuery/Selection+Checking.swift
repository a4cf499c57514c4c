import SummitGraph

extension Selection {
    /// The selection, each name checked against `graph`: a type, kind, status or area that the
    /// graph's schema does not declare and no element of the graph has is a typo, refused with the
    /// closest name and the names there are. Areas match everything under them in the graph's schema.
    /// - Throws: ``QueryError/invalidArgument(_:reason:)`` for such a name, or an inverted window.
    /// - Complexity: O(1) per declared name; O(*V* + *E*) once when a name is not declared.
    public init(checking graph: Graph, types: [EdgeType] = [], kinds: [NodeKind] = [], statuses: [EdgeStatus] = [],
                areas: [CooperationArea] = [], from: FuzzyDate? = nil, to: FuzzyDate? = nil, direction: Direction = .both) throws(QueryError) {
        let schema = graph.schema
        try Self.check(types, "edge", "type", declared: schema.types.map(\.type)) { Set(graph.edges.countsByType.keys) }
        try Self.check(kinds, "node", "kind", declared: schema.kinds.map(\.kind)) { Set(graph.nodes.countsByKind.keys) }
        try Self.check(statuses, "edge", "status", declared: schema.statuses.map(\.name)) { Set(graph.edges.countsByStatus.keys) }
        try Self.check(areas, "edge", "cooperation area", declared: schema.areas.map(\.name), synonyms: schema.area(namedBy:)) {
            Set(graph.edges.details.flatMap(\.areas))
        }
        try self.init(types: Set(types), kinds: Set(kinds), statuses: Set(statuses), areas: Set(areas), in: schema,
                      from: from, to: to, direction: direction)
    }

    /// Refuses the first of `names` that is neither declared nor among those `used` gives.
    private static func check<Name: OpenVocabulary>(_ names: [Name], _ element: String, _ what: String, declared: [Name],
                                                     synonyms: (String) -> CooperationArea? = { _ in nil },
                                                     used: () -> Set<Name>) throws(QueryError) {
        let undeclared = names.filter { !declared.contains($0) }
        guard !undeclared.isEmpty else { return }
        let present = used()
        guard let unknown = undeclared.first(where: { !present.contains($0) }) else { return }
        let all = declared + present.subtracting(declared).sorted()
        let guess = synonyms(unknown.rawValue)?.rawValue ?? Spelling.closest(to: unknown.rawValue.lowercased(), among: all.map(\.rawValue), count: 1).first
        let plural = what == "status" ? "statuses" : what + "s"
        throw .invalidArgument(unknown.rawValue, reason: "no \(element) has this \(what); " + (guess.map { "did you mean '\($0)'? " } ?? "")
                                   + "the \(plural) are: \(all.map(\.rawValue).joined(separator: ", "))")
    }
}
