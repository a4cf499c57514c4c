import ArgumentParser
import SummitQuery

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the nodes around NAME, with the edges that link them and their sources.",
        discussion: "NAME is an id, a name or alias (any case, any accents), or a word found in one node's names: Rahmon, aso, japan.")

    @Argument(help: "The node: id, name, alias or a unique word of its name.")
    var name: String

    @Option(name: .long, parsing: .unconditional, help: "How many hops to go (1 = direct neighbours).")
    var depth: Int = 1

    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1, not \(depth)") }
    }

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let report: NeighborsReport
        do {
            let focus = try NameResolver(graph: graph).resolve(name)
            report = NeighborsReport(graph, try graph.neighborhood(of: focus, depth: depth,
                                                                   selection: selectionOptions.selection(in: graph)))
        } catch {
            throw Failure.report(error)
        }
        switch dataOptions.format {
        case .json: try Output.json(report)
        case .tsv:
            Output.tsv(header: ["depth", "neighbor_id", "neighbor_name", "neighbor_kind", "via_id"] + EdgeText.tsvHeader,
                       rows: report.neighbors.flatMap { n in
                           n.edges.map { [String(n.depth), n.node.id, n.node.name, n.node.kind.rawValue, $0.via?.id ?? ""] + EdgeText.tsvRow($0) }
                       })
        case .text: Output.write(text(report))
        }
    }

    private func text(_ report: NeighborsReport) -> String {
        let focus = report.focus
        let hops = report.depth == 1 ? "1 hop" : "\(report.depth) hops"
        var out = "\(focus.name) · \(focus.kind.rawValue) (\(focus.id))\n"
        out += "\(report.neighbors.count) neighbour\(report.neighbors.count == 1 ? "" : "s") within \(hops), \(report.edgeCount) edge\(report.edgeCount == 1 ? "" : "s")\n"
        guard !report.neighbors.isEmpty else { return out + (selectionOptions.isEmpty ? "  (none)\n" : "  (none with these filters)\n") }
        var table = report.depth > 1
            ? TextTable("DEPTH", "NEIGHBOUR", "KIND", "VIA", "RELATION", "WHEN", "STATUS", "SOURCES", "DETAILS")
            : TextTable("NEIGHBOUR", "KIND", "RELATION", "WHEN", "STATUS", "SOURCES", "DETAILS")
        for neighbor in report.neighbors {
            for (i, edge) in neighbor.edges.enumerated() {
                let who = i == 0 ? neighbor.node.name : ""
                let kind = i == 0 ? neighbor.node.kind.rawValue : ""
                let rest = [EdgeText.relation(edge), EdgeText.when(edge), edge.status.rawValue,
                            EdgeText.sources(edge), EdgeText.details(edge)]
                // Deeper than one hop, VIA names the nearer node the edge joins (the relation reads from it).
                table.append(report.depth > 1 ? [i == 0 ? String(neighbor.depth) : "", who, kind, edge.via?.name ?? ""] + rest
                                              : [who, kind] + rest)
            }
        }
        return out + "\n" + table.rendered() + EdgeText.sourceLegend(report.neighbors.flatMap(\.edges))
    }
}
