/// A field of an edge: a column of `edges.tsv` and a value every export writes. Built-in fields
/// have a slot of their own in the graph's storage; any other field a ``Schema`` declares is kept
/// in the edge's free attributes (``Edge/attributes``), so a new field needs no new storage.
public struct EdgeField: Hashable, Sendable, Codable {
    /// Where a field's value is kept.
    public enum Slot: String, Hashable, Sendable, Codable {
        case id, type, source, target, status, date, place, role, title, areas, topics, sources, note
        /// The edge's free attributes, under the field's name.
        case attribute
    }

    /// What a field's value is.
    public enum Value: String, Hashable, Sendable, Codable {
        /// A slug (`met-rahmon-naruhito`).
        case slug
        /// An edge type, status or participation role from the schema.
        case edgeType = "edge-type", status, role
        /// A node id.
        case node
        /// A date or a range, with its precision.
        case date
        /// Cooperation areas from the schema (a list).
        case areas
        /// Source ids (a list), each with what it says (`evidence.tsv`).
        case sources
        /// Free text, a list of free texts, or a typed scalar.
        case text, list, integer, number, boolean
    }

    public var name: String
    public var meaning: String
    public var slot: Slot
    public var value: Value
    /// Whether every edge must have it.
    public var isRequired: Bool
    /// Whether only edge types that require or allow it (``EdgeTypeRule/takes(_:)``) may have it.
    public var isRestricted: Bool
    /// For a node reference: the kinds it may name; `nil` for any kind.
    public var nodeKinds: [NodeKind]?

    public init(_ name: String, _ meaning: String, slot: Slot = .attribute, value: Value = .text, required: Bool = false,
                restricted: Bool = false, nodeKinds: [NodeKind]? = nil) {
        (self.name, self.meaning, self.slot, self.value) = (name, meaning, slot, value)
        (self.isRequired, self.isRestricted, self.nodeKinds) = (required, restricted, nodeKinds)
    }

    /// Whether the value is a list (`;`-separated in the dataset's files).
    public var isList: Bool { value == .list || value == .areas || value == .sources }

    /// The names the field's values go by in exports (and imports): none for the id and the
    /// ends, which every format writes its own way; a date also as its first and last day
    /// (`date_start`, `date_end`); sources also with what each says (`evidence`) and where its
    /// article says it (`evidence_spans`, `evidence_sha256`).
    public var valueNames: [String] {
        switch slot {
        case .id, .source, .target: []
        case .date: [name, "date_start", "date_end"]
        case .sources: [name, "evidence", "evidence_spans", "evidence_sha256"]
        default: [name]
        }
    }

    /// The type of a field kept as an attribute: what exports declare it as.
    public var attributeType: AttributeType {
        switch value {
        case .integer: .long
        case .number: .double
        case .boolean: .boolean
        default: .string
        }
    }
}
