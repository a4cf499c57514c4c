import ArgumentParser
import Foundation
import SummitDataset
import SummitImport
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

    /// The graph: a dataset folder, validated (every problem reported, exit 65), or a graph
    /// file another tool wrote (GraphML, node-link JSON, TSV/CSV edge list).
    func loadGraph() throws -> Graph {
        do {
            let path = try dataPath()
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                let (graph, warnings) = try GraphImporter.load(path)
                for warning in warnings { Failure.printError("summitgraph: note: \(warning)") }
                return graph
            }
            return try DatasetLoader.load(directory: path)
        } catch {
            throw Failure.report(error)
        }
    }
}
