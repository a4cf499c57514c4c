import ArgumentParser
import SummitAlgorithms
import SummitQuery

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count nodes by kind and edges by type and status.")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        var stats = GraphStats(graph)
        stats.diameter = AnalysisGraph(graph, directed: false).diameterOfLargestComponent()
        let sections: [(String, [GraphStats.Count])] = [
            ("nodes by kind", stats.nodesByKind), ("edges by type", stats.edgesByType), ("edges by status", stats.edgesByStatus),
            ("degree distribution", stats.degreeDistribution),
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
                           + sections.flatMap { s in s.1.map { [s.0, $0.name, String($0.count)] } })
        case .text:
            var totalsTable = TextTable("TOTAL", "VALUE")
            for (name, value) in totals { totalsTable.append([name, value]) }
            var out = totalsTable.rendered()
            for (title, counts) in sections {
                var table = TextTable(title.uppercased(), "COUNT")
                for count in counts { table.append([count.name, String(count.count)]) }
                out += "\n" + table.rendered()
            }
            Output.write(out)
        }
    }
}
