/// A value of an open vocabulary as a ``Schema`` declares it: its name and what it means.
public struct Term<Name: OpenVocabulary>: Hashable, Sendable, Codable {
    public var name: Name
    public var meaning: String

    public init(_ name: Name, _ meaning: String) { (self.name, self.meaning) = (name, meaning) }
}

/// A cooperation area as a ``Schema`` declares it: its place in the hierarchy (the broader area
/// it belongs to) and the words articles use for it, kept for the article ingester.
public struct AreaTerm: Hashable, Sendable, Codable {
    public var name: CooperationArea
    /// The broader area this one belongs to; `nil` for a top-level area.
    public var parent: CooperationArea?
    /// Words and short phrases articles use for the area, lower case (`water supply`).
    public var synonyms: [String]

    public init(_ name: String, under parent: String? = nil, synonyms: [String] = []) {
        self.name = CooperationArea(unchecked: name)
        self.parent = parent.map(CooperationArea.init(unchecked:))
        self.synonyms = synonyms
    }
}

/// A node kind as a ``Schema`` declares it, with its subtypes.
public struct NodeKindRule: Hashable, Sendable, Codable {
    public var kind: NodeKind
    public var meaning: String
    /// The subtypes a node of this kind may have; `nil` when any text is allowed.
    public var subtypes: [String]?
    /// Whether a node of this kind must name a subtype.
    public var requiresSubtype: Bool

    public init(_ kind: NodeKind, _ meaning: String, subtypes: [String]? = nil, requiresSubtype: Bool = false) {
        (self.kind, self.meaning, self.subtypes, self.requiresSubtype) = (kind, meaning, subtypes, requiresSubtype)
    }
}
