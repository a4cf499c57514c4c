import ArgumentParser
import Foundation
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
    func selectedGraph() throws -> Graph { try selected().graph }

    /// The selected graph and the id of the `--focus` node, if any.
    func selected() throws -> (graph: Graph, focus: String?) {
        let graph = try DataOptions(data: data).loadGraph()
        do {
            let focusID = try focus.map { try NameResolver(graph: graph).resolve($0) }
            let part = try graph.selecting(selectionOptions.selection(in: graph), focus: focusID, depth: depth, keepingIsolated: keepIsolated)
            return (part, focusID.map { graph.nodes.slug(of: $0) })
        } catch {
            throw Failure.report(error)
        }
    }

    /// The selection in words, as its options were given (`focus Rahmon, depth 2 · type met`),
    /// empty for the whole graph.
    var summary: String {
        let filters = selectionOptions.filters
        var parts: [String] = []
        if let focus { parts.append("focus \(focus)" + (depth == 1 ? "" : ", depth \(depth)")) }
        for (name, values) in [("type", filters.type.map(\.rawValue)), ("kind", filters.kind.map(\.rawValue)),
                               ("status", filters.status.map(\.rawValue)), ("area", filters.area.map(\.rawValue))] where !values.isEmpty {
            parts.append(name + " " + values.joined(separator: ", "))
        }
        if let from = filters.from { parts.append("from \(from)") }
        if let to = filters.to { parts.append("to \(to)") }
        if selectionOptions.direction != .both { parts.append("direction \(selectionOptions.direction.rawValue)") }
        if keepIsolated { parts.append("isolated nodes kept") }
        return parts.joined(separator: " · ")
    }

    /// The dataset folder's or graph file's name (`seeds`, `network.graphml`).
    var dataName: String {
        ((try? DataOptions(data: data).dataPath()).map { URL(fileURLWithPath: $0).standardized.lastPathComponent }) ?? "summitgraph"
    }
}
