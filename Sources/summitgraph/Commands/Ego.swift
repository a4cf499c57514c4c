import ArgumentParser
import SummitGraph
import SummitQuery

struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ego",
        abstract: "The ego network of a node: everything within --radius hops and every edge among it.",
        discussion: """
            Text lists the members, then the edges; TSV one row per edge, with both ends' depths; JSON both. \
            `export --focus NAME --depth N` and `render --focus NAME --depth N` write or draw the same subgraph.
            """)

    @Argument(help: "The node at the centre.") var name: String
    @Option(name: .long, parsing: .unconditional, help: "How many hops around it.") var radius: Int = 1
    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws { guard radius >= 1 else { throw ValidationError("--radius must be at least 1, not \(radius)") } }

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
        let rows = ego.nodeIDs.map { id in (depth[ego[id].slug] ?? 0, ego[id], ego.degree(of: id), id) }
            .sorted { ($0.0, NameKey($0.1.name)) < ($1.0, NameKey($1.1.name)) }
        // Edges nearest the centre first, then by their ends' names: each seen from its source, in
        // the whole graph (a place outside the ego network is still named).
        let edges = ego.edgeIDs.compactMap { graph.edge(slug: ego[$0].slug) }.map { EdgeReport(graph, $0, from: graph[$0].source) }
            .map { (min(depth[$0.source.id] ?? 0, depth[$0.target.id] ?? 0), $0) }
            .sorted { ($0.0, NameKey($0.1.source.name), NameKey($0.1.target.name), $0.1.id) < ($1.0, NameKey($1.1.source.name), NameKey($1.1.target.name), $1.1.id) }
            .map(\.1)
        switch dataOptions.format {
        case .json:
            struct Member: Encodable { let node: NodeReference; let depth, degree: Int }
            struct Report: Encodable { let focus: NodeReference; let radius, nodeCount, edgeCount: Int; let members: [Member]; let edges: [EdgeReport] }
            try Output.json(Report(focus: NodeReference(graph, around.focus), radius: radius, nodeCount: ego.nodeCount, edgeCount: ego.edgeCount,
                                   members: rows.map { Member(node: NodeReference(ego, $0.3), depth: $0.0, degree: $0.2) },
                                   edges: edges))
        case .tsv:
            Output.tsv(header: ["source_id", "source_name", "source_depth", "target_id", "target_name", "target_depth"] + EdgeText.tsvHeader,
                       rows: edges.map { e in
                           [e.source.id, e.source.name, String(depth[e.source.id] ?? 0), e.target.id, e.target.name, String(depth[e.target.id] ?? 0)]
                               + EdgeText.tsvRow(e)
                       })
        case .text:
            var members = TextTable("DEPTH", "NODE", "KIND", "EDGES IN EGO")
            for (d, node, degree, _) in rows { members.append([String(d), node.name, node.kind.rawValue, String(degree)]) }
            var lines = TextTable("SOURCE", "RELATION", "TARGET", "WHEN", "STATUS", "SOURCES")
            for e in edges { lines.append([e.source.name, EdgeText.relation(e), e.target.name, EdgeText.when(e), e.status.rawValue, EdgeText.sources(e)]) }
            Output.write("Ego network of \(graph[around.focus].name), radius \(radius): \(ego.nodeCount) nodes, \(ego.edgeCount) edges\n\n"
                         + members.rendered() + "\nEdges:\n" + lines.rendered() + EdgeText.sourceLegend(edges))
        }
    }
}
