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

    public var description: String {
        switch self {
        case .duplicateSlug(let slug, let element): "duplicate \(element) id '\(slug)'"
        case .unknownNode(let id): "unknown node \(id)"
        case .unknownSource(let id): "unknown source \(id)"
        case .invalidDate(let text, let reason, _): "invalid date '\(text)': \(reason)"
        case .invalidSpan(let text, let reason, _): "invalid span '\(text)': \(reason)"
        }
    }
}
