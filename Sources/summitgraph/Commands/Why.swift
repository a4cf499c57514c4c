import ArgumentParser
import SummitAlgorithms
import SummitGraph
import SummitQuery

struct Why: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "The evidence that connects two nodes: short paths ranked by how many sources back each hop, with what each source says.",
        discussion: "Paths are the K shortest loopless ones (--candidates), ranked by their weakest hop's number of distinct sources, then all sources, then length. Exits 3 when no path joins them (JSON: the answer with \"paths\": []; TSV: the header alone).")

    @OptionGroup var ends: PathOptions

    @Option(name: .long, parsing: .unconditional, help: "How many of the shortest paths to weigh.")
    var candidates: Int = 10

    @Option(name: .long, parsing: .unconditional, help: "How many ranked paths to show.")
    var top: Int = 3

    @OptionGroup var quoteOptions: QuoteOptions

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard candidates >= 1 else { throw ValidationError("--candidates must be at least 1, not \(candidates)") }
        guard top >= 1 else { throw ValidationError("--top must be at least 1, not \(top)") }
    }

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let (from, to, selection, view) = try ends.prepare(graph)
        let found = view.kShortestPaths(from: from.offset, to: to.offset, k: candidates)
        guard !found.isEmpty else { throw try ends.noPath(graph, from, to, selection: selection, format: dataOptions.format) }
        var report = PathReport(graph, from: from, to: to, paths: found.map { $0.map(NodeID.init) }, selection: selection, directed: ends.directed)
        report.rankByCorroboration()
        report.paths = Array(report.paths.prefix(top))
        if quoteOptions.quote {
            var library = quoteOptions.articleOptions.library(for: try dataOptions.loadedPath())
            Quotes.fill(graph: graph, library: &library) { report.updateCitations($0) }
        }
        switch dataOptions.format {
        case .json: try Output.json(report)
        case .tsv: Output.tsv(header: PathText.tsvHeader, rows: PathText.tsvRows(report))
        case .text:
            var out = "Why \(report.from.name) and \(report.to.name) are connected: the \(report.paths.count) best-supported of \(found.count) short paths\n\n"
            for (i, path) in report.paths.enumerated() { out += PathText.render(path, number: i + 1, evidence: true) + "\n" }
            Output.write(out + EdgeText.sourceLegend(report.paths.flatMap { $0.hops.flatMap(\.edges) }))
        }
    }
}
