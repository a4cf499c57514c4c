import ArgumentParser
import SummitDataset
import SummitGraph

/// `--data` and `--format`, shared by every query command.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The dataset folder (default: $SUMMITGRAPH_DATA, else the nearest seeds/).", valueName: "path"))
    var data: String?

    @Option(name: .long, help: "Output format: text (aligned, for people), json (stable, documented), tsv (for pipes).")
    var format: OutputFormat = .text

    init() {}
    init(data: String?) { self.data = data }

    /// The dataset folder to read.
    func dataPath() throws(DatasetError) -> String {
        if let data { return data }
        guard let found = DatasetLocator.defaultDataset() else {
            throw .notFound(path: "seeds", reason: "no dataset found in this folder or its parents")
        }
        return found
    }

    /// The validated graph; reports every dataset problem and exits 65 when there is any.
    func loadGraph() throws -> Graph {
        do {
            return try DatasetLoader.load(directory: dataPath())
        } catch {
            throw Failure.report(error)
        }
    }
}
