import ArgumentParser
import SummitAlgorithms
import SummitGraph
import SummitQuery

struct Components: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "The graph's connected parts: weakly connected, or strongly connected with --strong.")

    @Flag(name: .long, help: "Strongly connected components (edges followed in their direction).") var strong = false
    @Flag(name: .long, help: "Text: every component and every member (default: the 20 largest, 12 names each; JSON and TSV always list all).") var all = false
    @OptionGroup var filters: FilterOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let labels: [Int32], kinds: Set<NodeKind>
        do {
            let selection = try filters.selection(in: graph)
            kinds = selection.kinds
            let view = AnalysisGraph(graph, directed: strong) { selection.admits($0) }
            labels = strong ? view.strongComponents() : view.weakComponents()
        } catch { throw Failure.report(error) }
        var members: [Int32: [NodeID]] = [:]
        for id in graph.nodeIDs where kinds.isEmpty || kinds.contains(graph[id].kind) { members[labels[id.offset], default: []].append(id) }
        let parts = members.values.map { $0.sorted { NameKey(graph[$0].name) < NameKey(graph[$1].name) } }
            .sorted { ($0.count, $1.first?.index ?? 0) > ($1.count, $0.first?.index ?? 0) }
        switch dataOptions.format {
        case .json:
            struct Part: Encodable { let nodeCount: Int; let nodes: [NodeReference] }
            try Output.json(["components": parts.map { Part(nodeCount: $0.count, nodes: $0.map { NodeReference(graph, $0) }) }])
        case .tsv:
            Output.tsv(header: ["component", "size", "id", "name", "kind"], rows: parts.enumerated().flatMap { i, part in
                part.map { [String(i + 1), String(part.count), graph[$0].slug, graph[$0].name, graph[$0].kind.rawValue] }
            })
        case .text:
            var out = "\(parts.count) \(strong ? "strongly" : "weakly") connected component\(parts.count == 1 ? "" : "s")\n\n"
            let (shown, named) = all ? (parts.count, Int.max) : (20, 12)
            for (i, part) in parts.prefix(shown).enumerated() {
                let names = part.prefix(named).map { graph[$0].name }.joined(separator: ", ")
                out += "  \(i + 1). \(part.count) node\(part.count == 1 ? "" : "s"): \(names)\(part.count > named ? ", …" : "")\n"
            }
            if parts.count > shown { out += "  … \(parts.count - shown) more (--all lists every one)\n" }
            else if !all, parts.contains(where: { $0.count > named }) { out += "  (--all names every member)\n" }
            Output.write(out)
        }
    }
}
