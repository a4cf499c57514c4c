import SummitGraph

/// How `export --format csv` lays out its bundle: which consumer's headers, how many rows per
/// part file, and whether the parts are gzip-compressed.
public struct CSVBundleOptions: Sendable, Equatable {
    /// Whose header conventions the bundle follows.
    public enum Flavour: String, CaseIterable, Sendable {
        /// `neo4j-admin database import`: `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed
        /// properties (`date_start:date`, `aliases:string[]`, `ordinal:long`). With parts, the header
        /// is a file of its own (`nodes.header.csv`), named first in the file group, as neo4j-admin asks.
        case neo4j
        /// Apache Spark GraphFrames: vertices with `id`, edges with `src` and `dst`; plain column
        /// names, every part with its header line (`spark.read.csv(…, header=True)`); the types are in
        /// the manifest.
        case graphframes
    }

    public var flavour: Flavour
    /// Rows per part file (`nodes.part-00000.csv` …); `nil`: one file per table (`nodes.csv`).
    public var rowsPerPart: Int?
    /// Parts compressed with gzip (`.csv.gz`), which Spark, Hadoop and neo4j-admin read as they are.
    public var gzip: Bool

    public init(flavour: Flavour = .neo4j, rowsPerPart: Int? = nil, gzip: Bool = false) {
        precondition(rowsPerPart.map { $0 >= 1 } ?? true, "a part holds at least one row")
        (self.flavour, self.rowsPerPart, self.gzip) = (flavour, rowsPerPart, gzip)
    }
}

/// A column of a bundle table: its name (the same in every flavour), its type, and its header.
struct CSVColumn: Sendable {
    /// The value types a bundle column holds, as the manifest names them.
    enum ValueType: String, Sendable {
        case string
        /// Items joined by `;` (neo4j-admin's default array delimiter).
        case stringArray = "string[]"
        /// `YYYY-MM-DD`.
        case date
        /// A decimal integer.
        case long
        /// A number, as Swift prints a `Double`.
        case double
        /// `true` or `false`.
        case boolean
        /// A JSON object as text (canonical: keys sorted), for maps.
        case json
    }

    let name: String
    let type: ValueType
    /// The neo4j-admin header field, when it is not `name` with its type.
    let neo4jField: String?
    /// Whether the column is in the GraphFrames flavour (neo4j's `:LABEL` and `:TYPE` are not).
    let inGraphFrames: Bool
    /// The GraphFrames header, when it is not `name`.
    let graphFramesField: String?

    init(_ name: String, _ type: ValueType = .string, neo4j: String? = nil, graphFrames: String? = nil, inGraphFrames: Bool = true) {
        (self.name, self.type, neo4jField, graphFramesField, self.inGraphFrames) = (name, type, neo4j, graphFrames, inGraphFrames)
    }

    /// The header field in `flavour`.
    func field(in flavour: CSVBundleOptions.Flavour) -> String {
        switch flavour {
        case .graphframes: return graphFramesField ?? name
        case .neo4j:
            if let neo4jField { return neo4jField }
            switch type {
            case .string, .json: return name
            case .stringArray, .date, .long, .double, .boolean: return "\(name):\(type.rawValue)"
            }
        }
    }
}

/// The three tables of a bundle and their columns, in writing order.
enum CSVBundleLayout {
    static let nodes: [CSVColumn] = [
        CSVColumn("id", neo4j: "id:ID"), CSVColumn("label", neo4j: ":LABEL", inGraphFrames: false), CSVColumn("name"),
        CSVColumn("kind"), CSVColumn("subtype"), CSVColumn("aliases", .stringArray), CSVColumn("attributes", .json),
        CSVColumn("sources", .stringArray), CSVColumn("ordinal", .long),
    ]

    static let edges: [CSVColumn] = [
        CSVColumn("src", neo4j: ":START_ID"), CSVColumn("dst", neo4j: ":END_ID"),
        CSVColumn("relationship", neo4j: ":TYPE", inGraphFrames: false), CSVColumn("id"),
    ] + edgeHead + edgeDetails + [CSVColumn("ordinal", .long)]

    /// The edge columns with the free attributes `attributes` (``attributeColumns(of:)``) after
    /// the built-in values, before the ordinal.
    static func edges(with attributes: [CSVColumn]) -> [CSVColumn] { edges.dropLast() + attributes + [edges[edges.count - 1]] }

    /// A column per free attribute some edge of `graph` has, by name: `string[]` when every value
    /// of the name is a list, else the attribute's type in the schema (`long`, `double`, `boolean`).
    /// - Complexity: O(*E*) for the detail codes in use, plus their attributes once each.
    static func attributeColumns(of graph: Graph) -> [CSVColumn] {
        let edges = graph.edges
        var used = [Bool](repeating: false, count: edges.details.count)
        for code in edges.detailCodes where code >= 0 { used[Int(code)] = true }
        var allLists: [String: Bool] = [:]
        for (code, details) in edges.details.enumerated() where used[code] {
            for attribute in details.attributes {
                let isList = if case .list = attribute.value { true } else { false }
                allLists[attribute.name] = (allLists[attribute.name] ?? true) && isList
            }
        }
        return allLists.keys.sorted().map { name in
            if allLists[name] == true { return CSVColumn(name, .stringArray) }
            switch graph.schema.attributeType(of: name) {
            case .string: return CSVColumn(name)
            case .int, .long: return CSVColumn(name, .long)
            case .float, .double: return CSVColumn(name, .double)
            case .boolean: return CSVColumn(name, .boolean)
            }
        }
    }

    /// The columns an edge's head (type, status, date) fills.
    static let edgeHead: [CSVColumn] = [
        CSVColumn("label"), CSVColumn("type"), CSVColumn("status"), CSVColumn("date"), CSVColumn("date_start", .date),
        CSVColumn("date_end", .date),
    ]

    /// The columns an edge's interned details fill.
    static let edgeDetails: [CSVColumn] = [
        CSVColumn("place"), CSVColumn("role"), CSVColumn("title"), CSVColumn("areas", .stringArray),
        CSVColumn("topics", .stringArray), CSVColumn("sources", .stringArray), CSVColumn("evidence", .json),
        CSVColumn("evidence_spans", .json), CSVColumn("evidence_sha256", .json), CSVColumn("note"),
    ]

    static let sources: [CSVColumn] = [
        CSVColumn("id", neo4j: "id:ID(Source)"), CSVColumn("file"), CSVColumn("publisher"), CSVColumn("published", .date),
        CSVColumn("title"), CSVColumn("place"), CSVColumn("author"),
    ]

    /// The columns of `table` in `flavour`.
    static func columns(_ table: [CSVColumn], in flavour: CSVBundleOptions.Flavour) -> [CSVColumn] {
        flavour == .neo4j ? table : table.filter(\.inGraphFrames)
    }

    /// A table's file names: one file, or numbered parts (and, for neo4j, a header file).
    static func partName(_ table: String, part: Int?, gzip: Bool) -> String {
        let suffix = gzip ? ".csv.gz" : ".csv"
        guard let part else { return table + suffix }
        var digits = String(part)
        if digits.count < 5 { digits = String(repeating: "0", count: 5 - digits.count) + digits }
        return "\(table).part-\(digits)\(suffix)"
    }
}
