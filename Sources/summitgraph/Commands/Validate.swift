import ArgumentParser
import SummitDataset

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset and report every problem as file:line:column with its fix.",
        discussion: "Exits 0 when the dataset is valid, 65 when it has problems, 66 when PATH holds no dataset.")

    @Argument(help: ArgumentHelp("The dataset folder (default: --data, $SUMMITGRAPH_DATA, else the nearest seeds/).", valueName: "path"))
    var path: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let folder: String
        do { folder = try path ?? dataOptions.dataPath() } catch { throw Failure.report(error) }
        var options = dataOptions
        options.data = folder
        let graph = try options.loadGraph()
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        Output.write("\(folder): valid: \(count(graph.nodeCount, "node")), \(count(graph.edgeCount, "edge")), "
                     + "\(count(graph.sources.count, "source")), \(count(graph.conflicts.count, "conflict"))\n")
    }
}
