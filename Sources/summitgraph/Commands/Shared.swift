import ArgumentParser
import SummitQuery

struct Shared: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shared",
        abstract: "What two nodes have in common: edges between them, common neighbours by relation, shared cooperation areas.")

    @Argument(help: "The first node.") var first: String
    @Argument(help: "The second node.") var second: String
    @OptionGroup var filters: FilterOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let report: SharedReport
        do {
            let resolver = NameResolver(graph: graph)
            let (a, b) = (try resolver.resolve(first), try resolver.resolve(second))
            if a == b {
                throw QueryError.invalidArgument(second, reason: "'\(first)' and '\(second)' are the same node (\(graph[a].slug)); shared compares two nodes")
            }
            report = SharedReport(graph, a, b, selection: try filters.selection(in: graph))
        } catch { throw Failure.report(error) }
        switch dataOptions.format {
        case .json: try Output.json(report)
        case .tsv:
            let rows = report.groups.flatMap { g in g.common.flatMap { c in
                (c.fromA.map { [g.relation, c.node.id, report.a.id] + EdgeText.tsvRow($0) } + c.fromB.map { [g.relation, c.node.id, report.b.id] + EdgeText.tsvRow($0) })
            } }
            Output.tsv(header: ["relation", "common", "from"] + EdgeText.tsvHeader, rows: rows)
        case .text: Output.write(text(report))
        }
    }

    private func text(_ r: SharedReport) -> String {
        var out = "\(r.a.name) and \(r.b.name)\n"
        if !r.direct.isEmpty {
            out += "\nDirectly\n"
            for e in r.direct { out += "  \(EdgeText.relation(e)) \(e.other.name)  \(EdgeText.when(e))  \(e.status.rawValue)  [\(EdgeText.sources(e))]\n" }
        }
        for group in r.groups {
            out += "\nBoth linked by \(group.relation) to\n"
            for c in group.common {
                out += "  \(c.node.name) (\(c.node.kind.rawValue))\n"
                for (who, edges) in [(r.a.name, c.fromA), (r.b.name, c.fromB)] {
                    for e in edges { out += "      \(who): \(EdgeText.relation(e))  \(EdgeText.when(e))  \(e.status.rawValue)  [\(EdgeText.sources(e))]\n" }
                }
            }
        }
        if !r.areas.isEmpty { out += "\nCooperation areas both have\n  " + r.areas.map(\.area.rawValue).joined(separator: ", ") + "\n" }
        if r.direct.isEmpty && r.groups.isEmpty && r.areas.isEmpty { out += "  nothing in common\(filters.isEmpty ? "" : " with these filters")\n" }
        return out
    }
}
