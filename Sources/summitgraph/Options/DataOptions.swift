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

    @Flag(name: .long, help: "Text tables: every column in full, however narrow the terminal (pipes and files always get them in full).")
    var wide = false

    /// Parsing done: `--wide` holds for every table the command prints.
    func validate() throws { if wide { Terminal.showEverything() } }

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

    /// The dataset path of a graph already loaded (``loadGraph()`` found it).
    func loadedPath() throws -> String {
        do { return try dataPath() } catch { throw Failure.report(error) }
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
            if GraphImporter.isCSVBundle(path) { return try loadBundle(path) }
            return try DatasetLoader.load(directory: path)
        } catch {
            throw Failure.report(error)
        }
    }

    /// A CSV bundle folder (`export --format csv`), its notes printed.
    private func loadBundle(_ path: String) throws -> Graph {
        let (graph, notes) = try GraphImporter.load(csvBundle: path)
        for note in notes { Failure.printError("summitgraph: note: \(note)") }
        return graph
    }

    /// A graph file, through its snapshot when it is big (see SnapshotCache); the import's notes
    /// are printed either way, and a damaged snapshot is named as it is replaced.
    private func loadFile(_ path: String) throws -> Graph {
        let build = { () throws -> (Graph, [String]) in
            let step = Progress.start("reading \(path)")
            defer { step.finish() }
            return try GraphImporter.load(path)
        }
        let graph: Graph, notes: [String]
        if let cache = SnapshotCache.standard() {
            let loaded = try cache.load(path, build: build) { bytes, snapshot in try AtomicFile.write(Data(bytes), to: snapshot) }
            graph = loaded.graph
            if case .built(because: let reason?) = loaded.outcome, reason.isDamage {
                notes = loaded.notes + ["rebuilt the snapshot: \(reason)"]
            } else {
                notes = loaded.notes
            }
        } else {
            (graph, notes) = try build()
        }
        for note in notes { Failure.printError("summitgraph: note: \(note)") }
        return graph
    }
}

extension SnapshotError {
    /// A snapshot that was there but could not be used as it was (not merely missing or stale).
    fileprivate var isDamage: Bool {
        switch self {
        case .corrupt, .incompatible: true
        case .missing, .stale: false
        }
    }
}
