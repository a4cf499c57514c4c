import ArgumentParser
import SummitAlgorithms
import SummitQuery

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count nodes by kind and edges by type and status.",
        discussion: "EDGES PER NODE: how many nodes have each number of edges, parallel edges each counted (JSON: degreeDistribution).")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        var stats = GraphStats(graph)
        stats.diameter = AnalysisGraph(graph, directed: false).diameterOfLargestComponent()
        // (title, what the count counts, counts): the last one counts nodes per number of edges.
        let sections: [(String, String, [GraphStats.Count])] = [
            ("nodes by kind", "COUNT", stats.nodesByKind), ("edges by type", "COUNT", stats.edgesByType),
            ("edges by status", "COUNT", stats.edgesByStatus), ("edges per node", "NODES", stats.degreeDistribution),
        ]
        let totals: [(String, String)] = [
            ("nodes", String(stats.nodes)), ("edges", String(stats.edges)), ("sources", String(stats.sources)),
            ("conflicts", String(stats.conflicts)), ("density", String(format: "%.4f", stats.density)),
            ("weak components", String(stats.components)), ("largest component", String(stats.largestComponent)),
            ("isolated nodes", String(stats.isolatedNodes)), ("diameter of largest", String(stats.diameter ?? 0)),
        ]
        switch dataOptions.format {
        case .json: try Output.json(stats)
        case .tsv:
            Output.tsv(header: ["section", "name", "value"],
                       rows: totals.map { ["total", $0.0, $0.1] }
                           + sections.flatMap { s in s.2.map { [s.0, $0.name, String($0.count)] } })
        case .text:
            var totalsTable = TextTable("TOTAL", "VALUE")
            for (name, value) in totals { totalsTable.append([name, value]) }
            var out = totalsTable.rendered()
            for (title, label, counts) in sections {
                var table = TextTable(title.uppercased(), label)
                for count in counts { table.append([count.name, String(count.count)]) }
                out += "\n" + table.rendered()
            }
            Output.write(out)
        }
    }
}
