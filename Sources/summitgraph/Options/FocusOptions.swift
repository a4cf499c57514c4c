import ArgumentParser
import SummitGraph
import SummitQuery

/// What `export` and `render` share: the part of the graph to write or draw, and where it comes from.
struct FocusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only the nodes around this one (the same subgraph as `ego`).", valueName: "name"))
    var focus: String?

    @Option(name: .long, parsing: .unconditional, help: "With --focus: how many hops around it.")
    var depth: Int = 1

    @OptionGroup var selectionOptions: SelectionOptions

    @Flag(name: .long, help: "With --type, --status, --area, --from or --to: keep the nodes no selected edge touches too.")
    var keepIsolated = false

    @Option(name: .long, help: ArgumentHelp("The dataset folder or graph file (default: $SUMMITGRAPH_DATA, else the nearest seeds/).", valueName: "path"))
    var data: String?

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1, not \(depth)") }
    }

    /// The loaded graph restricted to the selection (and the focus, if any).
    func selectedGraph() throws -> Graph {
        let graph = try DataOptions(data: data).loadGraph()
        do {
            let focusID = try focus.map { try NameResolver(graph: graph).resolve($0) }
            return try graph.selecting(selectionOptions.selection(in: graph), focus: focusID, depth: depth, keepingIsolated: keepIsolated)
        } catch {
            throw Failure.report(error)
        }
    }
}
