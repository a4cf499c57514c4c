import ArgumentParser
import SummitQuery

struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "The articles the graph rests on, or what one article states.",
        discussion: """
            Without ID: every source (id, publisher, date, title, file) with how many edges cite it \
            and how many nodes it names. With ID: every edge that source states, with what it says \
            (the dataset's paraphrase), and the nodes it names. An unknown ID exits 66 with the \
            closest ids.
            """)

    @Argument(help: "A source's id (see `summitgraph sources`).")
    var id: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        guard let id else { return try list(SourceList(graph)) }
        let statements: SourceStatements
        do { statements = try SourceStatements(graph, slug: id) } catch { throw Failure.report(error) }
        switch dataOptions.format {
        case .json: try Output.json(statements)
        case .tsv:
            Output.tsv(header: ["source_id", "target_id"] + EdgeText.tsvHeader + ["paraphrase"], rows: statements.statements.map {
                [$0.edge.source.id, $0.edge.target.id] + EdgeText.tsvRow($0.edge) + [$0.paraphrase ?? ""]
            })
        case .text: Output.write(text(statements))
        }
    }

    private func list(_ list: SourceList) throws {
        switch dataOptions.format {
        case .json: try Output.json(list)
        case .tsv:
            Output.tsv(header: ["id", "publisher", "published", "title", "file", "place", "author", "edge_count", "node_count"],
                       rows: list.sources.map { entry in
                let s = entry.source
                return [s.id, s.publisher, s.published ?? "", s.title, s.file, entry.place ?? "", entry.author ?? "",
                        String(entry.edgeCount), String(entry.nodeCount)]
            })
        case .text:
            var table = TextTable("ID", "PUBLISHER", "DATE", "EDGES", "NODES", "TITLE", "FILE")
            for entry in list.sources {
                let s = entry.source
                table.append([s.id, s.publisher, s.published ?? "–", String(entry.edgeCount), String(entry.nodeCount), s.title, s.file])
            }
            let count = list.sources.count
            Output.write("\(count) source\(count == 1 ? "" : "s")\n\n" + table.rendered())
        }
    }

    private func text(_ statements: SourceStatements) -> String {
        let s = statements.source
        var out = "\(s.id): \(s.publisher), \(s.published ?? "undated"), “\(s.title)” [\(s.file)]\n"
        if let place = statements.place { out += "  dateline  \(place)\n" }
        if let author = statements.author { out += "  author    \(author)\n" }
        out += "\(statements.edgeCount) edge\(statements.edgeCount == 1 ? "" : "s") cite it\n\n"
        for statement in statements.statements {
            let edge = statement.edge
            out += "  \(edge.source.name) \(EdgeText.relation(edge)) \(edge.target.name)  [\(EdgeText.when(edge)); \(edge.status.rawValue); \(edge.id)]\n"
            out += "    \(statement.paraphrase ?? "(no paraphrase recorded)")\n"
        }
        if !statements.nodes.isEmpty {
            out += "\nNames \(statements.nodes.count) node\(statements.nodes.count == 1 ? "" : "s"): "
                + statements.nodes.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
