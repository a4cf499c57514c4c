import SummitGraph

/// The files of a dataset directory and the columns each one has: `edges.tsv` has the edge
/// fields of the dataset's ``Schema``; the other files' columns are declared here.
enum DatasetFile: String, CaseIterable, Sendable {
    case sources = "sources.tsv"
    case nodes = "nodes.tsv"
    case edges = "edges.tsv"
    case evidence = "evidence.tsv"
    case conflicts = "conflicts.tsv"

    /// Whether a dataset must have this file.
    var isRequired: Bool { self == .sources || self == .nodes || self == .edges }

    /// The columns a header must have.
    func requiredColumns(in schema: Schema) -> [String] {
        switch self {
        case .sources: ["id", "file", "publisher", "published", "title"]
        case .nodes: ["id", "kind", "name"]
        case .edges: schema.edgeFields.filter(\.isRequired).map(\.name)
        case .evidence: ["edge", "source", "paraphrase"]
        case .conflicts: ["id", "subjects", "field", "description", "sources"]
        }
    }

    /// Every column, in the schema's order (`seeds/datapackage.json`).
    func columns(in schema: Schema) -> [String] { requiredColumns(in: schema) + optionalColumns(in: schema) }

    /// The columns a header may have besides.
    func optionalColumns(in schema: Schema) -> [String] {
        switch self {
        case .sources: ["place", "author"]
        case .nodes: ["subtype", "aliases", "attributes", "sources"]
        case .edges: schema.edgeFields.filter { !$0.isRequired }.map(\.name)
        case .evidence: ["span", "sha256"]
        case .conflicts: []
        }
    }
}
