import ArgumentParser
import Foundation
import SummitDataset

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset and report every problem as file:line:column with its fix.",
        discussion: """
            Also checks that every source's article file is where the dataset says (see --articles) and that each located \
            sentence is still there: a warning when not, an error with --strict.
            Exits 0 when the dataset is valid (warnings alone do not fail it), 65 when it has errors (or, with --strict, \
            warnings), 66 when PATH holds no dataset.
            With --format json or tsv the problems are printed to stdout as data, one per entry.
            """)

    /// What `--format json` prints.
    struct Report: Encodable {
        var dataset: String
        var valid: Bool
        var nodes, edges, sources, conflicts: Int?
        var diagnostics: [Diagnostic]

        /// Counts named as counts, as in every command's JSON.
        enum CodingKeys: String, CodingKey {
            case dataset, valid, diagnostics
            case nodes = "nodeCount", edges = "edgeCount", sources = "sourceCount", conflicts = "conflictCount"
        }
    }

    @Argument(help: ArgumentHelp("The dataset folder (default: --data, $SUMMITGRAPH_DATA, else the nearest seeds/).", valueName: "path"))
    var path: String?

    @Flag(name: .long, help: "Treat warnings (an article file not found, a sentence no longer in its article) as errors.")
    var strict = false

    @OptionGroup var articleOptions: ArticleOptions

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let folder: String
        do { folder = try path ?? dataOptions.dataPath() } catch { throw Failure.report(error) }
        var options = dataOptions
        options.data = folder
        guard dataOptions.format != .text else {
            let graph = try options.loadGraph()
            let warnings = articleWarnings(folder)
            for warning in warnings { Failure.printError(warning.description) }
            if strict, !warnings.isEmpty {
                Failure.printError("summitgraph: \(warnings.count) problem(s) in \(folder) (--strict)")
                throw Failure.dataError
            }
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            Output.write("\(folder): valid: \(count(graph.nodeCount, "node")), \(count(graph.edgeCount, "edge")), "
                         + "\(count(graph.sources.count, "source")), \(count(graph.conflicts.count, "conflict"))"
                         + (warnings.isEmpty ? "" : "; \(count(warnings.count, "warning"))") + "\n")
            return
        }
        var report = Report(dataset: folder, valid: true, diagnostics: [])
        do {
            let graph = try DatasetLoader.load(directory: folder)
            (report.nodes, report.edges) = (graph.nodeCount, graph.edgeCount)
            (report.sources, report.conflicts) = (graph.sources.count, graph.conflicts.count)
            report.diagnostics = articleWarnings(folder)
            report.valid = !report.diagnostics.contains { $0.severity == .error }
        } catch {
            guard case .invalid(let diagnostics) = error else { throw Failure.report(error) }
            (report.valid, report.diagnostics) = (false, diagnostics)
        }
        if dataOptions.format == .json {
            try Output.json(report)
        } else {
            Output.tsv(header: ["file", "line", "column", "severity", "message", "fix"], rows: report.diagnostics.map {
                [$0.file, String($0.line), String($0.column), $0.severity.rawValue, $0.message, $0.fix ?? ""]
            })
        }
        if !report.valid {
            Failure.printError("summitgraph: \(report.diagnostics.count) problem(s) in \(folder)")
            throw Failure.dataError
        }
    }

    /// The article checks of a dataset folder (none for a graph file), errors with --strict.
    private func articleWarnings(_ folder: String) -> [Diagnostic] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return [] }
        var library = articleOptions.library(for: folder)
        return library.check(dataset: folder).map { warning in
            var diagnostic = warning
            if strict { diagnostic.severity = .error }
            return diagnostic
        }
    }
}
