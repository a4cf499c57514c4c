import ArgumentParser
import SummitGraph
import SummitQuery

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find nodes and edges by any of their words: names, aliases, ids, attributes, topics, notes, areas, titles.",
        discussion: """
            TEXT is folded as names are (case, accents and punctuation do not matter). Results are \
            ranked: an exact name or alias first, then names with a word starting with each word of \
            TEXT, then names or ids containing TEXT, then nodes, edges and articles whose details \
            (attributes; topics, notes, areas, titles, roles; article titles and publishers) contain it. A node is listed once, by its best match.

            Exit status: 0 when something matches; 66 when nothing does (text: a message on stderr; \
            json and tsv still print their empty result on stdout); 64 when TEXT has no letter or digit.
            """)

    @Argument(help: "The text to look for.")
    var text: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        if NameKey(text).isEmpty {
            throw Failure.report(QueryError.invalidArgument(text, reason: "search needs a letter or a digit"))
        }
        let report = SearchReport(graph, query: text)
        switch dataOptions.format {
        case .json: try Output.json(report)
        case .tsv:
            Output.tsv(header: ["match", "field", "text", "element", "id", "name", "kind", "source_id", "target_id"],
                       rows: report.results.map(tsvRow))
        case .text:
            if !report.results.isEmpty { Output.write(text(report)) }
        }
        if report.results.isEmpty {
            Failure.printError("summitgraph: nothing matches '\(text)'; try fewer words or `summitgraph list`")
            throw Failure.notFound
        }
    }

    private func tsvRow(_ result: SearchReport.Result) -> [String] {
        let head = [result.match.rawValue, result.field, result.text]
        if let node = result.node { return head + ["node", node.id, node.name, node.kind.rawValue, "", ""] }
        if let source = result.source { return head + ["source", source.id, source.title, "", "", ""] }
        guard let edge = result.edge else { return head }
        return head + ["edge", edge.id, "\(edge.source.name) \(edge.type.rawValue) \(edge.target.name)", "", edge.source.id, edge.target.id]
    }

    private func text(_ report: SearchReport) -> String {
        var table = TextTable("MATCH", "FOUND", "ID", "FIELD", "TEXT")
        for result in report.results {
            let found: String
            if let node = result.node {
                found = "\(node.name) · \(node.kind.rawValue)"
            } else if let edge = result.edge {
                found = "\(edge.source.name) → \(edge.type.rawValue) → \(edge.target.name)"
            } else if let source = result.source {
                found = "article: \(source.publisher), \(source.published ?? "undated")"
            } else { continue }
            table.append([result.match.rawValue, found, result.node?.id ?? result.edge?.id ?? result.source?.id ?? "", result.field, result.text])
        }
        let count = report.resultCount
        return "\(count) match\(count == 1 ? "" : "es") for '\(report.query)'\n\n" + table.rendered()
    }
}
