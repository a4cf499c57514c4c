import SummitGraph

/// One row of a review file: a new node, a new name for a known node, or a fact, with what it
/// is against the current graph and where in the article it was read.
public struct Candidate: Sendable, Equatable, Codable {
    public enum Record: String, Sendable, Codable, CaseIterable { case node, alias, edge }

    /// `accept`, `reject`, `edit`, or empty (undecided).
    public var decision: String = ""
    /// Stable: a hash of the source, the record, its ends and date.
    public var id: String
    /// `new`, `corroborates EDGE`, `conflicts EDGE`, `alias NODE`, `new-node` or `fills NODE`.
    public var match: String
    public var record: Record
    public var type: String = ""
    /// The node a `node` or `alias` row is about; the fact's source for an edge.
    public var source: String
    public var target: String = ""
    public var status: String = ""
    public var date: String = ""
    public var place: String = ""
    public var role: String = ""
    public var title: String = ""
    public var areas: [String] = []
    public var topics: [String] = []
    /// Node rows: the new node's kind, subtype, name and aliases; alias rows: the new alias.
    public var kind: String = ""
    public var subtype: String = ""
    public var name: String = ""
    public var aliases: [String] = []
    public var rule: String
    public var confidence: Double
    /// Unicode scalar offsets of the sentence in the article file, end exclusive.
    public var span: Range<Int>
    public var hash: String
    public var paraphrase: String

    /// For a node row matched `fills NODE`: the node whose place it takes.
    public var filledNode: String? {
        guard record == .node, match.hasPrefix("fills ") else { return nil }
        let node = match.dropFirst("fills ".count)
        return node.isEmpty ? nil : String(node)
    }

    /// `c` + 12 hex digits of FNV-1a over `parts`.
    static func stableID(_ prefix: String, _ parts: [String]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in parts.joined(separator: "\u{1F}").utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return prefix + String(String(h, radix: 16).leftPadded(to: 16).prefix(12))
    }
}
