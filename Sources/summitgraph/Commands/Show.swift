import ArgumentParser
import SummitQuery

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a node card: kind, aliases, offices, every edge by type, and conflicts.")

    @Argument(help: "The node: id, name, alias or a unique word of its name.")
    var name: String

    @OptionGroup var quoteOptions: QuoteOptions

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        var card: NodeCard
        do { card = NodeCard(graph, try NameResolver(graph: graph).resolve(name)) } catch { throw Failure.report(error) }
        if quoteOptions.quote {
            var library = quoteOptions.articleOptions.library(for: try dataOptions.loadedPath())
            Quotes.fill(graph: graph, library: &library) { card.updateCitations($0) }
        }
        switch dataOptions.format {
        case .json: try Output.json(card)
        case .tsv:
            Output.tsv(header: ["other_id", "other_name", "other_kind"] + EdgeText.tsvHeader,
                       rows: card.edges.flatMap(\.edges).map { [$0.other.id, $0.other.name, $0.other.kind.rawValue] + EdgeText.tsvRow($0) })
        case .text: Output.write(text(card))
        }
    }

    private func text(_ card: NodeCard) -> String {
        let node = card.node
        var out = "\(node.name)\n  id       \(node.id)\n  kind     \(node.kind.rawValue)" + (node.subtype.map { " (\($0))" } ?? "") + "\n"
        if !card.aliases.isEmpty { out += "  aliases  \(card.aliases.joined(separator: "; "))\n" }
        for attribute in card.attributes { out += "  \(attribute.key): \(attribute.value)\n" }
        if !card.roles.isEmpty {
            out += "  offices  " + card.roles.map { "\($0.title ?? $0.type.rawValue), \($0.target.name) [\($0.status.rawValue)]" }
                .joined(separator: "; ") + "\n"
        }
        for group in card.edges {
            var table = TextTable("RELATION", "OTHER", "WHEN", "STATUS", "SOURCES", "DETAILS")
            for edge in group.edges {
                table.append([EdgeText.relation(edge), "\(edge.other.name) (\(edge.other.kind.rawValue))", EdgeText.when(edge),
                              edge.status.rawValue, EdgeText.sources(edge), EdgeText.details(edge)])
            }
            out += "\n\(group.type.rawValue) (\(group.edges.count))\n" + table.rendered()
            if quoteOptions.quote { out += quotes(group.edges) }
        }
        if !card.conflicts.isEmpty {
            out += "\nConflicts between sources:\n"
            for conflict in card.conflicts {
                out += "  \(conflict.id) [\(conflict.field.rawValue)]: \(conflict.description) (\(conflict.sources.joined(separator: ", ")))\n"
            }
        }
        return out + EdgeText.sourceLegend(card.edges.flatMap(\.edges))
    }

    /// Under a group's table, each edge with a quoted source: what each source says, and the
    /// sentence its article says it in.
    private func quotes(_ edges: [EdgeReport]) -> String {
        var out = ""
        for edge in edges where edge.sources.contains(where: { Quotes.line($0) != nil }) {
            out += "  \(edge.id)\n"
            for source in edge.sources {
                out += "    \(source.id): \(source.paraphrase ?? "(no paraphrase)")\n"
                if let line = Quotes.line(source) { out += "      \(line)\n" }
            }
        }
        return out
    }
}
