import ArgumentParser
import SummitGraph
import SummitQuery

extension EdgeType: ExpressibleByArgument {}
extension NodeKind: ExpressibleByArgument {}
extension EdgeStatus: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}

extension FuzzyDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let date = try? FuzzyDate(parsing: argument) else { return nil }
        self = date
    }
}

/// The filters every analysis verb takes: edge types, node kinds, statuses and a date window.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only edges of this type (repeatable).", valueName: "type"))
    var type: [EdgeType] = []

    @Option(name: .long, help: ArgumentHelp("Only nodes of this kind (repeatable).", valueName: "kind"))
    var kind: [NodeKind] = []

    @Option(name: .long, help: ArgumentHelp("Only edges with this status (repeatable).", valueName: "status"))
    var status: [EdgeStatus] = []

    @Option(name: .long, help: ArgumentHelp("Only edges dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated edges are left out.", valueName: "date"))
    var from: FuzzyDate?

    @Option(name: .long, help: ArgumentHelp("Only edges dated on or before DATE; undated edges are left out.", valueName: "date"))
    var to: FuzzyDate?

    func validate() throws {
        if let from, let to, to.lastDay < from.firstDay {
            throw ValidationError("--to \(to) is before --from \(from)")
        }
    }

    /// The selection, its types and kinds checked against `graph`: a name that is neither
    /// summitgraph's nor used by the graph is a typo, refused with the names the graph has.
    func selection(in graph: Graph, direction: Direction = .both, extraTypes: [EdgeType] = []) throws(QueryError) -> Selection {
        // The graph's own names are counted only when a name is not summitgraph's (O(V + E)).
        let unknownTypes = (type + extraTypes).filter { !$0.isKnown }, unknownKinds = kind.filter { !$0.isKnown }
        let types = unknownTypes.isEmpty ? [] : Set(graph.edges.countsByType.keys)
        let kinds = unknownKinds.isEmpty ? [] : Set(graph.nodes.countsByKind.keys)
        for t in unknownTypes where !types.contains(t) {
            throw .invalidArgument(t.rawValue, reason: "no edge has this type; the types are: \(types.union(EdgeType.allCases).sorted().map(\.rawValue).joined(separator: ", "))")
        }
        for k in unknownKinds where !kinds.contains(k) {
            throw .invalidArgument(k.rawValue, reason: "no node has this kind; the kinds are: \(kinds.union(NodeKind.allCases).sorted().map(\.rawValue).joined(separator: ", "))")
        }
        return try Selection(types: Set(type + extraTypes), kinds: Set(kind), statuses: Set(status), from: from, to: to, direction: direction)
    }
}

/// The filters plus the direction edges are followed in (neighbors, export, render).
struct SelectionOptions: ParsableArguments {
    @OptionGroup var filters: FilterOptions

    @Option(name: .long, help: "Follow edges leaving the node (out), arriving (in) or both.")
    var direction: Direction = .both

    func selection(in graph: Graph) throws(QueryError) -> Selection {
        try filters.selection(in: graph, direction: direction)
    }
}
