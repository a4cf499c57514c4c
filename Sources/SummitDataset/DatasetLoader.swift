import Foundation
import SummitGraph

/// Loads a summitgraph dataset directory (see `seeds/README.md`) into a ``Graph``.
public enum DatasetLoader {
    /// The largest dataset file read, in bytes.
    public static let maximumFileSize = 256 << 20

    /// Reads and validates every file of the dataset at `directory`, with the vocabulary and
    /// columns its `datapackage.json` declares besides the standard ones (``Schema/standard``),
    /// after finishing a write that was interrupted there (see ``DatasetWriter``): a committed one
    /// is completed, or read through when the folder cannot be written; an uncommitted one's
    /// temporary files are removed.
    ///
    /// - Returns: the graph, and the warnings found.
    /// - Throws: ``DatasetError/invalid(_:)`` with every problem found, in file and line order;
    ///   ``DatasetError/notFound(path:reason:)`` when `directory` holds no dataset.
    /// - Complexity: O(*n*) in the size of the files, plus O(*k* · *m*) per unknown reference for
    ///   its suggestions.
    public static func load(directory: String) throws(DatasetError) -> Graph {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .notFound(path: directory, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else {
            throw .notFound(path: directory, reason: "not a dataset directory (expected sources.tsv, nodes.tsv and edges.tsv inside)")
        }
        let parts = ["sources.tsv", "nodes.tsv", "edges.tsv", "datapackage.json"]
        guard parts.contains(where: { FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0)) }) else {
            throw .notFound(path: directory, reason: "no dataset here (none of sources.tsv, nodes.tsv, edges.tsv or datapackage.json)")
        }
        var reader = DatasetReader(directory: directory, readThrough: try DatasetJournal.recover(in: directory))
        return try read(&reader)
    }

    /// Reads and validates a dataset held in memory: file name (`nodes.tsv` …, `datapackage.json`)
    /// → contents. Messages name the files as `NAME/nodes.tsv`.
    public static func load(files: [String: Data], name: String) throws(DatasetError) -> Graph {
        var reader = DatasetReader(name: name, files: files)
        return try read(&reader)
    }

    /// The schema a `datapackage.json` declares: the standard one plus its declarations (those
    /// that can be read; loading the dataset reports the others).
    static func schema(ofPackage data: Data?) -> Schema {
        var reader = DatasetReader(name: "", files: [:])
        if let data { reader.readPackage(data) }
        return reader.schema
    }

    private static func read(_ reader: inout DatasetReader) throws(DatasetError) -> Graph {
        let directory = reader.directory
        if let package = reader.contents(DatasetReader.packageFile) { reader.readPackage(package) }
        let tables = DatasetFile.allCases.map { reader.table($0) }
        if let table = tables[0] { reader.readSources(table) }
        if let table = tables[1] { reader.readNodes(table) }
        if let table = tables[2] { reader.readEdges(table) }
        if let table = tables[3] { reader.readEvidence(table) }
        if let table = tables[4] { reader.readConflicts(table) }
        let errors = reader.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            var order = Dictionary(uniqueKeysWithValues: DatasetFile.allCases.enumerated().map { (reader.path($0.element), $0.offset) })
            order[reader.path(DatasetReader.packageFile)] = -1
            throw .invalid(errors.sorted { (order[$0.file] ?? 9, $0.line, $0.column) < (order[$1.file] ?? 9, $1.line, $1.column) })
        }
        var builder = GraphBuilder(schema: reader.schema)
        do {
            for source in reader.sources { try builder.add(source) }
            for node in reader.nodes { try builder.add(node) }
            for edge in reader.edges { try builder.add(edge) }
        } catch {
            // Unreachable after validation; reported rather than trapped.
            throw .invalid([Diagnostic(file: directory, line: 1, column: 1, message: "internal: \(error)")])
        }
        for conflict in reader.conflicts { builder.add(conflict) }
        return builder.build()
    }
}
