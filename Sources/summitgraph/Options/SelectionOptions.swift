import ArgumentParser
import SummitGraph
import SummitQuery

extension EdgeType: ExpressibleByArgument {}
extension NodeKind: ExpressibleByArgument {}
extension EdgeStatus: ExpressibleByArgument {}
extension CooperationArea: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}

extension FuzzyDate {
    /// `--from`/`--to`: a date as the dataset validator reads one, refused in its words
    /// (`month 13 does not exist`, `2025-02 has 28 days, not 30`).
    static func argument(_ text: String) throws -> FuzzyDate {
        do { return try FuzzyDate(parsing: text) } catch {
            guard case .invalidDate(_, let reason, _) = error else { throw ValidationError(error.description) }
            throw ValidationError(reason)
        }
    }
}

/// The filters every query and export takes: edge types, node kinds, statuses, cooperation areas
/// and a date window.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only edges of this type (repeatable).", valueName: "type"))
    var type: [EdgeType] = []

    @Option(name: .long, help: ArgumentHelp("Only nodes of this kind (repeatable).", valueName: "kind"))
    var kind: [NodeKind] = []

    @Option(name: .long, help: ArgumentHelp("Only edges with this status (repeatable).", valueName: "status"))
    var status: [EdgeStatus] = []

    @Option(name: .long, help: ArgumentHelp("Only edges in this cooperation area or one under it (repeatable): --area energy takes hydropower and solar-energy too; edges without areas are left out.", valueName: "area"))
    var area: [CooperationArea] = []

    @Option(name: .long, help: ArgumentHelp("Only edges dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated edges are left out.", valueName: "date"), transform: FuzzyDate.argument)
    var from: FuzzyDate?

    @Option(name: .long, help: ArgumentHelp("Only edges dated on or before DATE; undated edges are left out.", valueName: "date"), transform: FuzzyDate.argument)
    var to: FuzzyDate?

    /// No filter was given: the whole graph is in view.
    var isEmpty: Bool { type.isEmpty && kind.isEmpty && status.isEmpty && area.isEmpty && from == nil && to == nil }

    func validate() throws {
        if let from, let to, to.lastDay < from.firstDay {
            throw ValidationError("--to \(to) is before --from \(from)")
        }
    }

    /// The selection, its names checked against `graph` (``Selection/init(checking:types:kinds:statuses:areas:from:to:direction:)``):
    /// a name that is neither the graph's schema's nor used by the graph is a typo, refused with the names there are.
    func selection(in graph: Graph, direction: Direction = .both, extraTypes: [EdgeType] = []) throws(QueryError) -> Selection {
        try Selection(checking: graph, types: type + extraTypes, kinds: kind, statuses: status, areas: area, from: from, to: to, direction: direction)
    }
}

/// The filters plus the direction edges are followed in (neighbors, export, render).
struct SelectionOptions: ParsableArguments {
    @OptionGroup var filters: FilterOptions

    @Option(name: .long, help: "Follow edges leaving the node (out), arriving (in) or both.")
    var direction: Direction = .both

    /// No filter was given and edges are followed either way.
    var isEmpty: Bool { filters.isEmpty && direction == .both }

    func selection(in graph: Graph) throws(QueryError) -> Selection {
        try filters.selection(in: graph, direction: direction)
    }
}
