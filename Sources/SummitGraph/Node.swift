/// A person, state, initiative, organisation, place or office.
public struct Node: Hashable, Sendable {
    /// The stable id (`emomali-rahmon`).
    public var slug: String
    public var kind: NodeKind
    /// A refinement of the kind (`summit`, `city`); see ``NodeKind/knownSubtypes``.
    public var subtype: String?
    /// The display name.
    public var name: String
    /// Other names a user may type; unique across a graph.
    public var aliases: [String]
    /// Facts about the node alone, in the order the dataset gives them.
    public var attributes: [Attribute]
    /// The sources that name the node.
    public var sources: [SourceID]

    public init(slug: String, kind: NodeKind, subtype: String? = nil, name: String,
                aliases: [String] = [], attributes: [Attribute] = [], sources: [SourceID] = []) {
        self.slug = slug
        self.kind = kind
        self.subtype = subtype
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.sources = sources
    }
}

/// A `key=value` fact about a node.
public struct Attribute: Hashable, Sendable, Codable {
    public var key: String
    public var value: String
    public init(key: String, value: String) { (self.key, self.value) = (key, value) }
}
