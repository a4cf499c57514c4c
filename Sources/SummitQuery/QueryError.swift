import SummitGraph

/// A node a name could mean, offered when a name is ambiguous or unknown.
public struct NameCandidate: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var kind: NodeKind
    /// The name or alias that matched or came close.
    public var matched: String

    public init(id: String, name: String, kind: NodeKind, matched: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.matched = matched
    }
}

extension NameCandidate {
    /// `'Tokyo' (tokyo)`, or with the node's name when an alias came close: `'高市早苗' (Sanae Takaichi, sanae-takaichi)`.
    var offered: String {
        NameKey(matched) == NameKey(name) ? "'\(matched)' (\(id))" : "'\(matched)' (\(name), \(id))"
    }
}

/// The query module's one error type.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `query` names several nodes equally well.
    case ambiguousName(String, candidates: [NameCandidate])
    /// `query` names no node; `suggestions` are the closest names.
    case unknownName(String, suggestions: [NameCandidate])
    /// No source (article) has the id `id`; `suggestions` are the closest ids.
    case unknownSource(String, suggestions: [String])
    /// An option value that cannot be used (a depth below 1, an inverted date window).
    case invalidArgument(String, reason: String)

    public var description: String {
        switch self {
        case .ambiguousName(let query, let candidates):
            "'\(query)' could mean \(candidates.count) nodes:\n"
                + candidates.map { "  \($0.id)\t\($0.kind.rawValue)\t\($0.name)" }.joined(separator: "\n")
                + "\nuse the id to pick one"
        case .unknownName(let query, let suggestions):
            "no node is named '\(query)'"
                + (suggestions.isEmpty ? "; try `summitgraph list` to see every node"
                   : "; did you mean " + suggestions.map(\.offered).joined(separator: ", ") + "?")
        case .unknownSource(let id, let suggestions):
            "no source has the id '\(id)'"
                + (suggestions.isEmpty ? "; try `summitgraph sources` to see every article"
                   : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?")
        case .invalidArgument(let value, let reason):
            "invalid value '\(value)': \(reason)"
        }
    }
}
