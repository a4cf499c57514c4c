import Foundation

/// `manifest.json`, written last into a CSV bundle: its flavour, each table's columns and types,
/// and each part's rows, bytes and SHA-256, so that a consumer (the Spark job, a loader on a
/// cluster) reads the parts with the right schema and can check it has all of them, unchanged.
public struct CSVBundleManifest: Codable, Sendable, Equatable {
    public struct Column: Codable, Sendable, Equatable {
        /// The column's name, the same in every flavour (`id`, `src`, `dst`, `date_start`…).
        public let name: String
        /// `string`, `string[]` (`;`-separated), `date` (`YYYY-MM-DD`), `long` or `json` (an object as text).
        public let type: String
        /// Its header field in this flavour (`:START_ID`, `date_start:date`, `src`…).
        public let header: String
    }

    public struct Part: Codable, Sendable, Equatable {
        /// The file's name, relative to the bundle's folder.
        public let file: String
        /// Data rows (its header line, if any, not counted).
        public let rows: Int
        /// The file's size as written (compressed, for gzip).
        public let bytes: Int
        /// SHA-256 of the file's bytes as written, 64 lower-case hex digits (`sha256sum`).
        public let sha256: String
        /// Whether the file starts with the header line.
        public let header: Bool
    }

    public struct Table: Codable, Sendable, Equatable {
        /// `nodes`, `edges` or `sources`.
        public let name: String
        public let rows: Int
        public let columns: [Column]
        /// A header file of its own, when the parts have none (neo4j with parts).
        public let headerFile: String?
        public let parts: [Part]
    }

    /// `summitgraph-csv-bundle`.
    public var format = "summitgraph-csv-bundle"
    /// Bumped when a reader of an older bundle would misread this one.
    public var version = 1
    /// `neo4j` or `graphframes`.
    public let flavour: String
    /// The graph's name.
    public let graph: String
    /// `gzip` or `none`.
    public let compression: String
    /// What separates the items of a `string[]` value.
    public var arrayDelimiter = ";"
    /// Whether some value holds a line break (neo4j-admin then needs `--multiline-fields=true`,
    /// Spark `multiLine=true`).
    public let multilineFields: Bool
    public let tables: [Table]
    /// The arguments of `neo4j-admin database import full` for this bundle, paths relative to its
    /// folder (neo4j flavour only).
    public let neo4jAdminArguments: [String]?

    /// The manifest as written: pretty, keys sorted, a final line break.
    public var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }
}

extension CSVBundleManifest {
    /// The `neo4j-admin database import full` arguments for `tables` (nodes, edges, sources):
    /// sources get the label `Source` (their ids are in the group of that name).
    static func neo4jArguments(_ tables: [Table], multiline: Bool) -> [String] {
        func files(_ table: Table) -> String {
            var names = table.headerFile.map { [$0] } ?? []
            if table.parts.count == 1 || table.headerFile == nil {
                names += table.parts.map(\.file)
            } else {  // a regular expression; neo4j-admin sorts the digit groups numerically
                let gzip = table.parts[0].file.hasSuffix(".gz")
                names.append("\(table.name)\\.part-\\d+\\.csv" + (gzip ? "\\.gz" : ""))
            }
            return names.joined(separator: ",")
        }
        var arguments: [String] = []
        for table in tables {
            switch table.name {
            case "edges": arguments.append("--relationships=\(files(table))")
            case "sources": arguments.append("--nodes=Source=\(files(table))")
            default: arguments.append("--nodes=\(files(table))")
            }
        }
        if multiline { arguments.append("--multiline-fields=true") }
        return arguments
    }
}
