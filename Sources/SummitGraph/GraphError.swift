/// What can go wrong when building a graph or reading one of its values.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two nodes, edges or sources were given the same slug.
    case duplicateSlug(String, element: String)
    /// An edge names a node id that this graph never issued.
    case unknownNode(NodeID)
    /// A source id that this graph never issued.
    case unknownSource(SourceID)
    /// A date that is malformed or does not exist; `offset` is the character
    /// offset (0-based) in `text` where the problem starts.
    case invalidDate(String, reason: String, offset: Int)
    /// An article span (`812-955`) that is malformed, reversed or empty; `offset` as for dates.
    case invalidSpan(String, reason: String, offset: Int)
    /// A graph holds at most `limit` distinct values of `what` (edge types, node kinds, statuses):
    /// `name` would be one more.
    case tooManyNames(String, limit: Int, name: String)
    /// Text that is not JSON, or JSON beyond what the parser reads, at `line` and `column`
    /// (1-based; columns count Unicode scalars).
    case invalidJSON(file: String, line: Int, column: Int, message: String, fix: String)
    /// A schema declaration of `what` named `name` that cannot be added, and why.
    case conflictingDeclaration(String, name: String, reason: String)

    public var description: String {
        switch self {
        case .duplicateSlug(let slug, let element): "duplicate \(element) id '\(slug)'"
        case .unknownNode(let id): "unknown node \(id)"
        case .unknownSource(let id): "unknown source \(id)"
        case .invalidDate(let text, let reason, _): "invalid date '\(text)': \(reason)"
        case .invalidSpan(let text, let reason, _): "invalid span '\(text)': \(reason)"
        case .tooManyNames(let what, let limit, let name):
            "more than \(limit) distinct \(what) ('\(name.prefix(80))' would be one more); a graph holds at most \(limit)"
        case .conflictingDeclaration(let what, let name, let reason): "\(what) '\(name)': \(reason)"
        case .invalidJSON(let file, let line, let column, let message, let fix): "\(file):\(line):\(column): error: \(message); \(fix)"
        }
    }
}
