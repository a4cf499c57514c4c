import ArgumentParser
import SummitAlgorithms
import SummitGraph
import SummitQuery

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "How two nodes are connected: the shortest path, hop by hop, with every edge's date, status and sources.",
        discussion: "Exits 3 when no path joins them with these filters (JSON: the answer with \"paths\": []; TSV: the header alone).")

    @OptionGroup var ends: PathOptions

    @Flag(name: .long, help: "Every shortest path, not just the first.")
    var allShortest = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The K shortest loopless paths (Yen's algorithm).", valueName: "k"))
    var k: Int?

    @Flag(name: .long, help: "Every loopless path up to --max-length hops.")
    var all = false

    @Option(name: .long, parsing: .unconditional, help: "With --all: the most hops a path may have.")
    var maxLength: Int = 4

    @Option(name: .long, parsing: .unconditional, help: "The most paths listed.")
    var limit: Int = 1000

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if [allShortest, k != nil, all].filter({ $0 }).count > 1 { throw ValidationError("choose one of --all-shortest, --k, --all") }
        if let k, k < 1 { throw ValidationError("--k must be at least 1, not \(k)") }
        if maxLength < 1 { throw ValidationError("--max-length must be at least 1, not \(maxLength)") }
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let (from, to, selection, view) = try ends.prepare(graph)
        var found: [[Int]]
        if all {
            found = []
            view.simplePaths(from: from.offset, to: to.offset, maxLength: maxLength, limit: limit) { found.append($0); return true }
            found.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        } else if let k {
            found = view.kShortestPaths(from: from.offset, to: to.offset, k: min(k, limit))
        } else {
            found = view.shortestPaths(from: from.offset, to: to.offset, limit: allShortest ? limit : 1)
        }
        guard !found.isEmpty || from == to else { throw try ends.noPath(graph, from, to, selection: selection, within: all ? maxLength : nil, format: dataOptions.format) }
        if from == to { found = [[from.offset]] }
        let report = PathReport(graph, from: from, to: to, paths: found.map { $0.map(NodeID.init) }, selection: selection, directed: ends.directed)
        switch dataOptions.format {
        case .json: try Output.json(report)
        case .tsv: Output.tsv(header: PathText.tsvHeader, rows: PathText.tsvRows(report))
        case .text:
            var out = "\(report.from.name) → \(report.to.name): \(report.paths.count) path\(report.paths.count == 1 ? "" : "s")\n\n"
            for (i, path) in report.paths.enumerated() {
                out += PathText.render(path, number: report.paths.count > 1 ? i + 1 : nil, evidence: false) + "\n"
            }
            Output.write(out + EdgeText.sourceLegend(report.paths.flatMap { $0.hops.flatMap(\.edges) }))
        }
    }
}
