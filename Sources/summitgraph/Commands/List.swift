import ArgumentParser
import SummitGraph
import SummitQuery

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the nodes, by kind and name.",
        discussion: "EDGES counts every edge at the node, parallel ones each (JSON: degree); `rank --by degree` counts distinct neighbours.")

    @Option(name: .long, help: ArgumentHelp("Only nodes of this kind (repeatable).", valueName: "kind"))
    var kind: [NodeKind] = []

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let kinds: Set<NodeKind>  // as the vocabulary spells them (--kind Organisation → organization)
        do { kinds = try Selection(checking: graph, kinds: kind).kinds } catch { throw Failure.report(error) }
        let list = NodeList(graph, kinds: kinds)
        switch dataOptions.format {
        case .json: try Output.json(list)
        case .tsv:
            Output.tsv(header: ["id", "kind", "subtype", "name", "aliases", "edges"], rows: list.nodes.map {
                [$0.node.id, $0.node.kind.rawValue, $0.node.subtype ?? "", $0.node.name,
                 $0.aliases.joined(separator: ";"), String($0.degree)]
            })
        case .text:
            var table = TextTable("ID", "KIND", "NAME", "EDGES", "ALIASES")
            for entry in list.nodes {
                table.append([entry.node.id, entry.node.kind.rawValue + (entry.node.subtype.map { "/\($0)" } ?? ""),
                              entry.node.name, String(entry.degree), entry.aliases.joined(separator: "; ")])
            }
            Output.write("\(list.nodes.count) node\(list.nodes.count == 1 ? "" : "s")\n\n" + table.rendered())
        }
    }
}
