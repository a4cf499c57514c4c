import Foundation
import SummitGraph

extension Selection {
    /// The selection, each name checked against `graph`: a type, kind, status or area is taken
    /// as the graph's schema declares it or the graph uses it, in any case and in British or
    /// American spelling (`MET` → `met`, `organisation` → `organization`, `rumored` → `rumoured`);
    /// any other is a typo, refused with up to three of the closest names and the names there are.
    /// Areas match everything under them in the graph's schema.
    /// - Throws: ``QueryError/invalidArgument(_:reason:)`` for such a name, or an inverted window.
    /// - Complexity: O(1) per declared name; O(*V* + *E*) once when a name is not declared.
    public init(checking graph: Graph, types: [EdgeType] = [], kinds: [NodeKind] = [], statuses: [EdgeStatus] = [],
                areas: [CooperationArea] = [], from: FuzzyDate? = nil, to: FuzzyDate? = nil, direction: Direction = .both) throws(QueryError) {
        let schema = graph.schema
        let types = try Self.check(types, "edge", "type", declared: schema.types.map(\.type)) { Set(graph.edges.countsByType.keys) }
        let kinds = try Self.check(kinds, "node", "kind", declared: schema.kinds.map(\.kind)) { Set(graph.nodes.countsByKind.keys) }
        let statuses = try Self.check(statuses, "edge", "status", declared: schema.statuses.map(\.name)) { Set(graph.edges.countsByStatus.keys) }
        let areas = try Self.check(areas, "edge", "cooperation area", declared: schema.areas.map(\.name), synonyms: schema.area(namedBy:)) {
            Set(graph.edges.details.flatMap(\.areas))
        }
        try self.init(types: Set(types), kinds: Set(kinds), statuses: Set(statuses), areas: Set(areas), in: schema,
                      from: from, to: to, direction: direction)
    }

    /// `names` as the vocabulary spells them; refuses the first that is neither declared nor
    /// among those `used` gives, in any case or spelling.
    private static func check<Name: OpenVocabulary>(_ names: [Name], _ element: String, _ what: String, declared: [Name],
                                                     synonyms: (String) -> CooperationArea? = { _ in nil },
                                                     used: () -> Set<Name>) throws(QueryError) -> [Name] {
        guard names.contains(where: { !declared.contains($0) }) else { return names }
        let present = used()
        let all = declared + present.subtracting(declared).sorted()
        var checked: [Name] = []
        for name in names {
            if declared.contains(name) || present.contains(name) { checked.append(name); continue }
            let folded = name.rawValue.lowercased()
            if let same = all.first(where: { $0.rawValue.lowercased() == folded })
                ?? unique(all.filter { VocabularySpelling.key($0.rawValue) == VocabularySpelling.key(folded) }) {
                checked.append(same)
                continue
            }
            var guesses = Spelling.closest(to: folded, among: all.map(\.rawValue), count: 3)
            if let synonym = synonyms(name.rawValue)?.rawValue {
                guesses = [synonym] + guesses.filter { $0 != synonym }
            }
            let plural = what == "status" ? "statuses" : what + "s"
            let offered = guesses.prefix(3).map { "'\($0)'" }
            throw .invalidArgument(name.rawValue, reason: "no \(element) has this \(what); "
                                   + (offered.isEmpty ? "" : "did you mean \(offered.joined(separator: " or "))? ")
                                   + "the \(plural) are: \(all.map(\.rawValue).joined(separator: ", "))")
        }
        return checked
    }

    private static func unique<Name>(_ names: [Name]) -> Name? { names.count == 1 ? names[0] : nil }
}

/// British and American spellings of a vocabulary word, made one (`organisation`, `organization`
/// → `organization`; `rumoured` → `rumored`; `analyse` → `analyze`).
enum VocabularySpelling {
    static func key(_ word: String) -> String {
        var key = word.lowercased()
        for (british, american) in [("isation", "ization"), ("ise", "ize"), ("yse", "yze"), ("our", "or")] {
            key = key.replacingOccurrences(of: british, with: american)
        }
        return key
    }
}
