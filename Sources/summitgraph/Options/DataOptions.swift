import ArgumentParser
import Foundation
import SummitDataset
import SummitImport
import SummitGraph
import SummitSnapshot

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
                return try loadFile(path)
            }
            return try DatasetLoader.load(directory: path)
        } catch {
            throw Failure.report(error)
        }
    }

    /// A graph file, through its snapshot when it is big (see SnapshotCache); the import's notes
    /// are printed either way, and a damaged snapshot is named as it is replaced.
    private func loadFile(_ path: String) throws -> Graph {
        let build = { () throws -> (Graph, [String]) in
            let step = Progress.start("reading \(path)")
            defer { step.finish() }
            return try GraphImporter.load(path)
        }
        guard let cache = SnapshotCache.standard() else {
            let (graph, notes) = try build()
            for note in notes { Failure.printError("summitgraph: note: \(note)") }
            return graph
        }
        let (graph, notes, outcome) = try cache.load(path, build: build) { bytes, snapshot in
            try AtomicFile.write(Data(bytes), to: snapshot)
        }
        for note in notes { Failure.printError("summitgraph: note: \(note)") }
        switch outcome {
        case .built(because: let reason?):
            switch reason {
            case .corrupt, .incompatible: Failure.printError("summitgraph: note: rebuilt the snapshot: \(reason)")
            case .missing, .stale: break
            }
        default: break
        }
        return graph
    }
}
