import SummitGraph

/// Graph-level values by name, each with where it begins.
typealias GraphValues = [String: (value: JSONValue, line: Int, column: Int)]

/// A node or edge as a reader found it, with where.
struct ImportedRecord {
    var id: String?
    var source: String?
    var target: String?
    var values: [String: JSONValue]
    var line: Int
    var column: Int
}
