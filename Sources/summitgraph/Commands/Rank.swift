import ArgumentParser
import SummitAlgorithms
import SummitGraph
import SummitQuery

struct Rank: ParsableCommand {
    enum Measure: String, CaseIterable, ExpressibleByArgument {
        case degree, inDegree = "in-degree", outDegree = "out-degree", betweenness, closeness, pagerank, eigenvector
    }

    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank nodes by a centrality, computed and normalised as NetworkX does.",
        discussion: """
            The graph is read as a simple graph: parallel edges count once, self-loops not at all, and edges \
            either way unless --directed (in- and out-degree are always directed): a degree is the number of distinct \
            neighbours, shown beside its centrality (÷ n−1); `list` counts every edge instead. PageRank: damping 0.85, \
            tolerance 1e-6. Betweenness is exact, or estimated from --sample K sources chosen with --seed. \
            --kind only filters which nodes are listed; every node takes part in the computation.
            """)

    @Option(name: .long, help: "degree, in-degree, out-degree, betweenness, closeness, pagerank or eigenvector.") var by: Measure
    @Option(name: .long, parsing: .unconditional, help: "How many nodes to list.") var top: Int = 10
    @Flag(name: .long, help: "Follow edge direction.") var directed = false
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Betweenness from K sampled sources.", valueName: "k")) var sample: Int?
    @Option(name: .long, help: "Seed for --sample.") var seed: UInt64 = 42
    @OptionGroup var filters: FilterOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1, not \(top)") }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1, not \(sample)") }
    }

    func run() throws {
        let graph = try dataOptions.loadGraph()
        var view = filters
        view.kind = []
        let values: [Double]
        var kinds: Set<NodeKind> = []  // the listed kinds, as the vocabulary spells them
        var neighbours: [Int]?  // the degree measures' raw counts in the simple graph
        do {
            let selection = try view.selection(in: graph)
            kinds = try filters.selection(in: graph).kinds  // checks --kind names too
            let g = AnalysisGraph(graph, directed: directed || by == .inDegree || by == .outDegree) { selection.admits($0) }
            switch by {
            case .degree:
                values = g.degreeCentrality()
                neighbours = (0..<g.nodeCount).map { g.isDirected ? g.inDegree($0) + g.outDegree($0) : g.outDegree($0) }
            case .inDegree: values = g.inDegreeCentrality(); neighbours = (0..<g.nodeCount).map(g.inDegree)
            case .outDegree: values = g.outDegreeCentrality(); neighbours = (0..<g.nodeCount).map(g.outDegree)
            case .closeness: values = g.closenessCentrality()
            case .pagerank: values = try g.pageRank()
            case .eigenvector: values = try g.eigenvectorCentrality()
            case .betweenness:
                let sources = sample.map { Self.sampled($0, of: g.nodeCount, seed: seed) }
                let step = Progress.start("betweenness", total: sources?.count ?? g.nodeCount)
                values = g.betweennessCentrality(sources: sources, progress: { step.advance(by: $0) })
                step.finish()
            }
        } catch { throw Failure.report(error) }
        let keys = graph.nodes.map { NameKey($0.name) }  // folded once, not per comparison
        let ranked = graph.nodeIDs.filter { kinds.isEmpty || kinds.contains(graph[$0].kind) }
            .sorted { (-values[$0.offset], keys[$0.offset], $0) < (-values[$1.offset], keys[$1.offset], $1) }.prefix(top)
        if graph.nodeCount < 10 { Failure.printError("summitgraph: note: with \(graph.nodeCount) nodes, a ranking says little") }
        switch dataOptions.format {
        case .json:
            struct Row: Encodable { let rank: Int; let value: Double; let node: NodeReference }
            struct Report: Encodable { let measure: String; let directed: Bool; let nodeCount: Int; let ranking: [Row] }
            try Output.json(Report(measure: by.rawValue, directed: directed, nodeCount: graph.nodeCount,
                                   ranking: ranked.enumerated().map { Row(rank: $0.offset + 1, value: values[$0.element.offset], node: NodeReference(graph, $0.element)) }))
        case .tsv:
            Output.tsv(header: ["rank", by.rawValue, "id", "name", "kind"], rows: ranked.enumerated().map {
                [String($0.offset + 1), String(values[$0.element.offset]), graph[$0.element].slug, graph[$0.element].name, graph[$0.element].kind.rawValue]
            })
        case .text:
            // Degrees: the raw count in the simple graph (DEGREE: distinct neighbours) beside the normalised value.
            let counted = neighbours == nil ? [] : [by.rawValue.uppercased()]
            var table = TextTable(["RANK"] + counted + [by.rawValue.uppercased() + (counted.isEmpty ? "" : " CENTRALITY"), "NODE", "KIND"])
            for (i, id) in ranked.enumerated() {
                table.append([String(i + 1)] + (neighbours.map { [String($0[id.offset])] } ?? [])
                             + [String(format: "%.6f", values[id.offset]), graph[id].name, graph[id].kind.rawValue])
            }
            Output.write(table.rendered())
        }
    }

    /// `k` distinct node indices drawn with SplitMix64 from `seed` (a partial Fisher–Yates shuffle).
    static func sampled(_ k: Int, of n: Int, seed: UInt64) -> [Int] {
        var state = seed, pool = Array(0..<n)
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        for i in 0..<min(k, n) { pool.swapAt(i, i + Int(next() % UInt64(n - i))) }
        return Array(pool.prefix(min(k, n)))
    }
}
