import ArgumentParser
import SummitGraph
import SummitQuery

struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ego",
        abstract: "The ego network of a node: everything within --radius hops and every edge among it.",
        discussion: "`export --focus NAME --depth N` and `render --focus NAME --depth N` write or draw the same subgraph.")

    @Argument(help: "The node at the centre.") var name: String
    @Option(name: .long, help: "How many hops around it.") var radius: Int = 1
    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws { guard radius >= 1 else { throw ValidationError("--radius must be at least 1") } }

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let ego: Graph, around: Neighborhood
        do {
            let focus = try NameResolver(graph: graph).resolve(name)
            let selection = try selectionOptions.selection(in: graph)
            around = try graph.neighborhood(of: focus, depth: radius, selection: selection)
            ego = try graph.selecting(selection, focus: focus, depth: radius)
        } catch { throw Failure.report(error) }
        let depth = Dictionary(uniqueKeysWithValues: [(graph[around.focus].slug, 0)] + around.members.map { (graph[$0.node].slug, $0.depth) })
        let rows = ego.nodeIDs.map { id in (depth[ego[id].slug] ?? 0, ego[id], ego.degree(of: id)) }
            .sorted { ($0.0, NameKey($0.1.name)) < ($1.0, NameKey($1.1.name)) }
        switch dataOptions.format {
        case .json:
            struct Member: Encodable { let id, name, kind: String; let depth, degree: Int }
            struct Report: Encodable { let focus: String; let radius, nodes, edges: Int; let members: [Member] }
            try Output.json(Report(focus: graph[around.focus].slug, radius: radius, nodes: ego.nodeCount, edges: ego.edgeCount,
                                   members: rows.map { Member(id: $0.1.slug, name: $0.1.name, kind: $0.1.kind.rawValue, depth: $0.0, degree: $0.2) }))
        case .tsv:
            Output.tsv(header: ["depth", "id", "name", "kind", "degree_in_ego"], rows: rows.map { [String($0.0), $0.1.slug, $0.1.name, $0.1.kind.rawValue, String($0.2)] })
        case .text:
            var table = TextTable("DEPTH", "NODE", "KIND", "DEGREE IN EGO")
            for (d, node, degree) in rows { table.append([String(d), node.name, node.kind.rawValue, String(degree)]) }
            Output.write("Ego network of \(graph[around.focus].name), radius \(radius): \(ego.nodeCount) nodes, \(ego.edgeCount) edges\n\n" + table.rendered())
        }
    }
}
