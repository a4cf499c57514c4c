import ArgumentParser
import SummitQuery

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Dated edges in order (of one node, or all), with precision and status; disputed dates shown side by side.")

    @Argument(help: "Only this node's edges (default: every dated edge).") var name: String?
    @OptionGroup var filters: FilterOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let report: TimelineReport
        do {
            let focus = try name.map { try NameResolver(graph: graph).resolve($0) }
            report = TimelineReport(graph, focus: focus, selection: try filters.selection(in: graph))
        } catch { throw Failure.report(error) }
        switch dataOptions.format {
        case .json: try Output.json(report)
        case .tsv:
            Output.tsv(header: ["precision", "source_id", "target_id"] + EdgeText.tsvHeader + ["disputed_by"], rows: report.entries.map {
                [$0.precision, $0.edge.source.id, $0.edge.target.id] + EdgeText.tsvRow($0.edge)
                    + [$0.alternatives.map { "\($0.conflict):\($0.edge)=\($0.date ?? "")" }.joined(separator: ";")]
            })
        case .text:
            var table = TextTable("DATE", "PRECISION", "WHAT", "STATUS", "SOURCES")
            for entry in report.entries {
                let e = entry.edge
                // In words, as the schema says the type: "Rahmon takes part in the summit as attendee (Tokyo)".
                let phrase = graph.schema.rule(for: e.type)?.phrase ?? e.type.rawValue
                let capacity = (e.role?.rawValue ?? e.title).map { " as \($0)" } ?? ""
                table.append([e.date ?? "", entry.precision, "\(e.source.name) \(phrase) \(e.target.name)\(capacity)" + (e.place.map { " (\($0.name))" } ?? ""),
                              e.status.rawValue, EdgeText.sources(e)])
                for alt in entry.alternatives {
                    table.append(["  ≠ \(alt.date ?? "undated")", "", "disputed (\(alt.conflict)): \(alt.edge)", "", alt.sources.joined(separator: ", ")])
                }
            }
            let title = report.focus.map { "Timeline of \($0.name)" } ?? "Timeline"
            Output.write("\(title): \(report.entries.count) dated edge\(report.entries.count == 1 ? "" : "s")\n\n" + table.rendered())
        }
    }
}
