import Foundation
import SummitGraph

/// Edits a dataset folder and writes it back, losing nothing.
///
/// Opening reads every `.tsv` file of the folder (the five dataset files and any other, such as
/// `rejections.tsv`) as its exact bytes; writing back unchanged files gives the same bytes. Each
/// operation adds or edits rows in memory: a new row goes in the file's order (its group's
/// section, by id when the section is sorted; see ``RowPlacement``), an edit changes only the
/// edited field, and a column a row needs is added to the header (other rows get an empty
/// field). ``write(afterEach:)`` validates the new contents with ``DatasetLoader`` and refuses
/// an invalid result with its diagnostics, writing nothing; otherwise it replaces the changed
/// files all or none (``DatasetJournal``).
///
/// Records name each other by id (slug), so one write may add a node and the edges that use it.
public struct DatasetWriter: Sendable {
    /// The steps of a write, in order, as ``write(afterEach:)`` reports them.
    public enum CommitStep: Hashable, Sendable {
        /// A changed file's new contents are written and flushed under a temporary name.
        case wroteTemporary(file: String)
        /// The journal listing the renames is written and flushed under a temporary name.
        case wroteJournal
        /// The journal is in place: from here on, the new files are the dataset.
        case committed
        /// A new file replaced its target.
        case renamed(file: String)
        /// The journal is removed: the write is over.
        case removedJournal
    }

    /// The dataset folder.
    public let directory: String
    var documents: [String: TSVDocument] = [:]
    /// Each file's bytes as last read or written; a file missing here did not exist.
    private var originals: [String: [UInt8]] = [:]
    /// Files the loader may read that the writer never writes (`datapackage.json`).
    private var sidecars: [String: Data] = [:]

    /// Opens `directory`, after finishing an interrupted write there (or discarding one that
    /// was not committed).
    /// - Throws: ``DatasetError/notFound(path:reason:)`` when it is not a folder;
    ///   ``DatasetError/writeFailed(path:reason:)`` when an interrupted write cannot be finished.
    /// - Complexity: O(size of the files).
    public init(directory: String) throws(DatasetError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notFound(path: directory, reason: "no such dataset folder")
        }
        self.directory = directory
        let unfinished = try DatasetJournal.recover(in: directory)
        if let file = unfinished.keys.sorted().first {
            throw .writeFailed(path: path(file), reason: "an interrupted write cannot be finished here (is the folder read-only?)")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            guard name.hasSuffix(".tsv") || name == "datapackage.json" else { continue }
            guard let data = FileManager.default.contents(atPath: path(name)) else {
                throw .writeFailed(path: path(name), reason: "cannot read the file")
            }
            if name.hasSuffix(".tsv") {
                originals[name] = Array(data)
                documents[name] = TSVDocument(bytes: Array(data))
            } else {
                sidecars[name] = data
            }
        }
    }

    /// The `.tsv` files of the dataset, by name, including those added since it was opened.
    public var fileNames: [String] { documents.keys.sorted() }

    /// The current contents of `file` (`nodes.tsv`), or `nil` when the dataset has no such file.
    public func contents(of file: String) -> Data? { documents[file].map { Data($0.bytes) } }

    /// The files whose contents differ from what is on disk, by name.
    public var changedFiles: [String] {
        fileNames.filter { name in documents[name].map { ($0.isEdited || originals[name] == nil) && $0.bytes != originals[name] } ?? false }
    }

    /// The current contents, read and validated as ``DatasetLoader`` reads a folder.
    /// - Throws: ``DatasetError/invalid(_:)`` with every problem, located in the new contents.
    public func validated() throws(DatasetError) -> Graph {
        var files = sidecars
        for (name, document) in documents { files[name] = Data(document.bytes) }
        return try DatasetLoader.load(files: files, name: directory)
    }

    /// Validates the current contents, then replaces every changed file, all or none; files the
    /// dataset must have and lacks are created with their header. `step` is called after each
    /// step of the commit (the crash-safety test kills the process there).
    /// - Returns: the graph the dataset now holds.
    /// - Throws: ``DatasetError/invalid(_:)`` (nothing written); ``DatasetError/changedSinceRead(file:)``
    ///   when another process changed a file meanwhile (nothing written);
    ///   ``DatasetError/writeFailed(path:reason:)``.
    /// - Complexity: O(size of the dataset).
    @discardableResult
    public mutating func write(afterEach step: (CommitStep) -> Void = { _ in }) throws(DatasetError) -> Graph {
        for file in DatasetFile.allCases where file.isRequired && documents[file.rawValue] == nil {
            documents[file.rawValue] = TSVDocument(columns: file.columns)
        }
        let graph = try validated()
        let changed = changedFiles
        guard !changed.isEmpty else { return graph }
        let read = originals
        let directory = directory
        let files = changed.map { (name: $0, bytes: documents[$0]?.bytes ?? []) }
        try DatasetJournal.withLock(directory) { () throws(DatasetError) in
            _ = try DatasetJournal.recover(in: directory)
            for name in fileNames {
                let onDisk = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name)).map(Array.init)
                if onDisk != read[name] { throw .changedSinceRead(file: (directory as NSString).appendingPathComponent(name)) }
            }
            try DatasetJournal.commit(files, in: directory, afterEach: step)
        }
        for file in files {
            originals[file.name] = file.bytes
            documents[file.name]?.isEdited = false
        }
        return graph
    }

    /// `file`'s path in the dataset folder.
    func path(_ file: String) -> String { (directory as NSString).appendingPathComponent(file) }
}
