/// The formats `summitgraph export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case dot, graphml, json, gexf, cytoscape, csv

    /// The file name extension (`csv` writes a folder: tables, parts and a manifest).
    public var fileExtension: String {
        switch self {
        case .dot: "dot"
        case .graphml: "graphml"
        case .json: "json"
        case .gexf: "gexf"
        case .cytoscape: "cyjs"
        case .csv: "csv"
        }
    }
}

/// A written export: its files' contents and what the format could not hold.
public struct ExportResult: Sendable {
    public struct File: Sendable {
        /// File name suffix: empty for the main file, `nodes.csv` … for a bundle.
        public let name: String
        /// The contents, UTF-8.
        public let bytes: [UInt8]
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    public var files: [File]
    /// One line per kind of loss, e.g. "GraphML cannot hold control characters: removed 2 (node 'x' label)".
    public var losses: [String]

    init(files: [(name: String, text: String)], losses: [String]) {
        self.init(bytes: files.map { File(name: $0.name, bytes: Array($0.text.utf8)) }, losses: losses)
    }

    init(bytes files: [File], losses: [String]) { (self.files, self.losses) = (files, losses) }
}

/// Collects what a writer had to change, to be reported instead of dropped silently.
struct LossLog {
    private var counts: [String: Int] = [:]
    private var examples: [String: String] = [:]
    private var order: [String] = []

    mutating func note(_ what: String, at place: String, count: Int = 1) {
        if counts[what] == nil { order.append(what); examples[what] = place }
        counts[what, default: 0] += count
    }

    var isEmpty: Bool { order.isEmpty }

    /// Notes again everything `other` noted, kind by kind in its order, with its counts.
    mutating func note(_ other: LossLog) {
        for what in other.order { note(what, at: other.examples[what] ?? "", count: other.counts[what] ?? 0) }
    }

    var lines: [String] {
        order.map { "\($0): \(counts[$0] ?? 0) value\(counts[$0] == 1 ? "" : "s") (first: \(examples[$0] ?? ""))" }
    }
}
