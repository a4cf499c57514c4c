import Foundation
import SummitGraph

/// Reads the files of a dataset directory into a ``Graph``, collecting every problem.
struct DatasetReader {
    let directory: String
    var diagnostics: [Diagnostic] = []

    var sources: [Source] = []
    var sourceIDs: [String: SourceID] = [:]
    var nodes: [Node] = []
    var nodeIDs: [String: NodeID] = [:]
    var edges: [Edge] = []
    var edgeIDs: [String: EdgeID] = [:]
    /// Every id written in each file, valid or not: a reference to one is never reported,
    /// since the line that declares it already is.
    var declared: [DatasetFile: Set<String>] = [:]
    /// Files that could not be read whole (missing, or a header without a required column):
    /// references into them cannot be checked and are not reported.
    var incomplete: Set<DatasetFile> = []
    /// Nodes whose kind is unknown: rules that depend on the kind are not checked for them.
    var nodesOfUnknownKind: Set<NodeID> = []
    /// Edges whose sources list names an unknown source.
    var edgesWithUnknownSources: Set<String> = []
    var conflicts: [Conflict] = []

    /// The contents of a dataset file, or `nil` when it is absent.
    var contents: (DatasetFile) -> Data?

    /// Reads the files of `directory`, or, for those `readThrough` names, the file it gives
    /// (a committed write's new contents that could not be renamed into place).
    init(directory: String, readThrough: [String: String] = [:]) {
        self.directory = directory
        let folder = directory
        contents = { file in
            let path = readThrough[file.rawValue]
                ?? (folder.isEmpty || folder == "." ? file.rawValue : (folder.hasSuffix("/") ? folder : folder + "/") + file.rawValue)
            return FileManager.default.contents(atPath: path)
        }
    }

    init(name: String, files: [DatasetFile: Data]) {
        directory = name
        contents = { files[$0] }
    }

    /// The path of `file` as messages show it.
    func path(_ file: DatasetFile) -> String {
        directory.isEmpty || directory == "." ? file.rawValue
            : (directory.hasSuffix("/") ? directory : directory + "/") + file.rawValue
    }

    /// Reads `file` as a table; `nil` when an optional file is absent or a required one is missing
    /// (the latter reported).
    mutating func table(_ file: DatasetFile) -> TSVTable? {
        let path = path(file)
        let data = contents(file)
        if let data, data.count > DatasetLoader.maximumFileSize {
            incomplete.insert(file)
            report(path, 1, 1, "the file is \(data.count >> 20) MiB; the largest accepted is \(DatasetLoader.maximumFileSize >> 20) MiB",
                   fix: "a dataset this large belongs in a graph file: use --data FILE with GraphML or an edge list")
            return nil
        }
        if let data, !file.isRequired, data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return nil  // an empty optional file says nothing, like an absent one
        }
        guard let data else {
            incomplete.insert(file)
            if file.isRequired {
                let exists = FileManager.default.fileExists(atPath: path)
                report(path, 1, 1, exists ? "cannot read the file" : "the file is missing",
                       fix: exists ? "check its permissions"
                           : "create it with a header line of tab-separated column names: \((file.requiredColumns + file.optionalColumns).joined(separator: ", "))")
            }
            return nil
        }
        let table = TSVTable(data: data, file: path, required: file.requiredColumns,
                             optional: file.optionalColumns, diagnostics: &diagnostics)
        if !table.isComplete { incomplete.insert(file) }
        declared[file, default: []].formUnion(table.rejectedIDs)
        return table
    }

    /// Whether an unresolved reference to `id` in `file` was already reported elsewhere
    /// (its declaring line is faulty) or cannot be checked (the file is incomplete).
    func isExcused(_ id: String, in file: DatasetFile) -> Bool {
        incomplete.contains(file) || declared[file]?.contains(id) == true
    }

    mutating func report(_ file: String, _ line: Int, _ column: Int, _ message: String, fix: String? = nil) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message, fix: fix))
    }

    mutating func report(_ table: TSVTable, _ row: Row, _ field: Field, _ message: String, fix: String? = nil) {
        report(table.file, row.line, field.column, message, fix: fix)
    }

    /// Checks a record's id: present, a slug, not used before in `taken`.
    mutating func checkID(_ table: TSVTable, _ row: Row, file: DatasetFile, what: String,
                          taken: [String: Int]) -> String? {
        let field = row["id"]
        if !field.isEmpty { declared[file, default: []].insert(field.text) }
        guard !field.isEmpty else {
            report(table, row, field, "\(what) without an id", fix: "give it a unique slug id")
            return nil
        }
        guard Slug.isValid(field.text) else {
            report(table, row, field, "\(what) id '\(field.text)' is not a slug",
                   fix: "use lower-case ASCII letters and digits joined by single hyphens, e.g. '\(Self.slugify(field.text))'")
            return nil
        }
        if let first = taken[field.text] {
            report(table, row, field, "duplicate \(what) id '\(field.text)' (first defined at line \(first))",
                   fix: "give this \(what) another id, or merge the two lines")
            return nil
        }
        return field.text
    }

    /// Parses `field` as one of `E`'s raw values, reporting an unknown value with the closest ones.
    mutating func parse<E: RawRepresentable & CaseIterable>(
        _ table: TSVTable, _ row: Row, _ field: Field, as: E.Type, what: String
    ) -> E? where E.RawValue == String {
        // Only the known values: open vocabularies accept any name, a dataset does not.
        if let value = E.allCases.first(where: { $0.rawValue == field.text }) { return value }
        let known = E.allCases.map(\.rawValue)
        reportUnknown(table, row, field, what: what, known: known)
        return nil
    }

    mutating func reportUnknown(_ table: TSVTable, _ row: Row, _ field: Field, what: String, known: [String]) {
        if field.isEmpty {
            report(table, row, field, "missing \(what)", fix: "use one of: \(known.joined(separator: ", "))")
            return
        }
        let guess = Spelling.closest(to: field.text.lowercased(), among: known, count: 1).first
        report(table, row, field, "unknown \(what) '\(field.text)'",
               fix: (guess.map { "did you mean '\($0)'? " } ?? "") + "use one of: \(known.joined(separator: ", "))")
    }

    /// Resolves each `;`-separated source id of `field`, reporting unknown ones.
    mutating func sourceList(_ table: TSVTable, _ row: Row, _ field: Field) -> [SourceID] {
        field.items().compactMap { item in
            if let id = sourceIDs[item.text] { return id }
            if isExcused(item.text, in: .sources) { return nil }
            let guess = Spelling.closest(to: item.text, among: sources.map(\.slug), count: 1).first
            report(table, row, item, "unknown source '\(item.text)'",
                   fix: (guess.map { "did you mean '\($0)'? " } ?? "") + "use an id from \(path(.sources))")
            return nil
        }
    }

    /// `text` made into a slug, for fixes.
    static func slugify(_ text: String) -> String {
        let words = NameKey.tokens(of: text).map { $0.unicodeScalars.filter(\.isASCII).map(String.init).joined() }
        let slug = words.filter { !$0.isEmpty }.joined(separator: "-")
        return slug.isEmpty ? "my-id" : slug
    }
}
