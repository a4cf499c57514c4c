/// The files of a dataset directory and the columns each one has.
enum DatasetFile: String, CaseIterable, Sendable {
    case sources = "sources.tsv"
    case nodes = "nodes.tsv"
    case edges = "edges.tsv"
    case evidence = "evidence.tsv"
    case conflicts = "conflicts.tsv"

    /// Whether a dataset must have this file.
    var isRequired: Bool { self == .sources || self == .nodes || self == .edges }

    var requiredColumns: [String] {
        switch self {
        case .sources: ["id", "file", "publisher", "published", "title"]
        case .nodes: ["id", "kind", "name"]
        case .edges: ["id", "type", "source", "target", "status", "sources"]
        case .evidence: ["edge", "source", "paraphrase"]
        case .conflicts: ["id", "subjects", "field", "description", "sources"]
        }
    }

    /// Every column, in the schema's order (`seeds/datapackage.json`).
    var columns: [String] { requiredColumns + optionalColumns }

    var optionalColumns: [String] {
        switch self {
        case .sources: ["place", "author"]
        case .nodes: ["subtype", "aliases", "attributes", "sources"]
        case .edges: ["date", "place", "role", "title", "areas", "topics", "note"]
        case .evidence: ["span", "sha256"]
        case .conflicts: []
        }
    }
}
