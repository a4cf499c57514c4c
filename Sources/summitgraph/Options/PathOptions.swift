import ArgumentParser
import SummitAlgorithms
import SummitGraph
import SummitQuery

/// What `path` and `why` share: the two ends, the filters, and how to walk.
struct PathOptions: ParsableArguments {
    @Argument(help: "Where the path starts: id, name, alias or a unique word of its name.")
    var start: String

    @Argument(help: "Where it ends.")
    var end: String

    @Option(name: .long, help: ArgumentHelp("Travel only edges of these types (repeatable; same as --type).", valueName: "type"))
    var via: [EdgeType] = []

    @Option(name: .long, help: ArgumentHelp("Never pass through this node (repeatable).", valueName: "name"))
    var avoid: [String] = []

    @Flag(name: .long, help: "Follow edges only in their direction (default: either way).")
    var directed = false

    @OptionGroup var filters: FilterOptions

    /// Says on stderr that no path joins the two ends ("with these filters" only when some were
    /// given), prints an empty answer in `format` (JSON: the report with `"paths": []`; TSV: the
    /// header; text: nothing) and returns the exit status to throw (3).
    func noPath(_ graph: Graph, _ from: NodeID, _ to: NodeID, selection: Selection, within hops: Int? = nil,
                format: OutputFormat) throws -> ExitCode {
        let filtered = !filters.isEmpty || !via.isEmpty || !avoid.isEmpty
        Failure.printError("summitgraph: no path from '\(graph[from].name)' to '\(graph[to].name)'"
            + (hops.map { " within \($0) hops" } ?? "") + (filtered ? " with these filters" : "")
            + (directed ? " following edge directions" : ""))
        let none = PathReport(graph, from: from, to: to, paths: [], selection: selection, directed: directed)
        switch format {
        case .json: try Output.json(none)
        case .tsv: Output.tsv(header: PathText.tsvHeader, rows: [])
        case .text: break
        }
        return Failure.noPath
    }

    /// The two ends, the selection, and the graph view the search walks.
    func prepare(_ graph: Graph) throws -> (from: NodeID, to: NodeID, selection: Selection, view: AnalysisGraph) {
        do {
            let resolver = NameResolver(graph: graph)
            let (from, to) = (try resolver.resolve(start), try resolver.resolve(end))
            let avoided = Set(try avoid.map { name throws(QueryError) in try resolver.resolve(name) })
            if avoided.contains(from) || avoided.contains(to) {
                throw QueryError.invalidArgument(avoid.joined(separator: ", "), reason: "--avoid names an end of the path")
            }
            let selection = try filters.selection(in: graph, extraTypes: via)
            let view = AnalysisGraph(graph, directed: directed) { edge in
                selection.admits(edge) && !avoided.contains(edge.source) && !avoided.contains(edge.target)
                    && [edge.source, edge.target].allSatisfy { $0 == from || $0 == to || selection.admits(graph[$0]) }
            }
            return (from, to, selection, view)
        } catch {
            throw Failure.report(error)
        }
    }
}
