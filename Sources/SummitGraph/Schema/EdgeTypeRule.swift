/// An edge type as a ``Schema`` declares it: what it means, which kinds of node it may join,
/// and which fields its edges must (or alone may) carry.
public struct EdgeTypeRule: Hashable, Sendable, Codable {
    public var type: EdgeType
    public var meaning: String
    /// The kinds an edge of this type may start from; `nil` for any kind.
    public var sourceKinds: [NodeKind]?
    /// The kinds an edge of this type may end at; `nil` for any kind.
    public var targetKinds: [NodeKind]?
    /// Whether the relationship reads the same both ways (`met`, `cooperates_with`).
    public var isSymmetric: Bool
    /// The fields (``EdgeField/name``) every edge of this type must carry.
    public var requiredFields: [String]
    /// Restricted fields (``EdgeField/isRestricted``) edges of this type may carry without having to.
    public var allowedFields: [String]
    /// The kinds of group an edge of this type puts its source in on a map: a `head_of` edge
    /// groups a person with the state it heads (`[state]`).
    public var groupsUnder: [NodeKind]

    public init(_ type: EdgeType, _ meaning: String, from sourceKinds: [NodeKind]? = nil, to targetKinds: [NodeKind]? = nil,
                symmetric: Bool = false, requires requiredFields: [String] = [], allows allowedFields: [String] = [],
                groupsUnder: [NodeKind] = []) {
        (self.type, self.meaning, self.sourceKinds, self.targetKinds) = (type, meaning, sourceKinds, targetKinds)
        (self.isSymmetric, self.requiredFields, self.allowedFields, self.groupsUnder) = (symmetric, requiredFields, allowedFields, groupsUnder)
    }

    /// Whether an edge of this type may start from a node of `kind`.
    public func admitsSource(_ kind: NodeKind) -> Bool { sourceKinds?.contains(kind) ?? true }
    /// Whether an edge of this type may end at a node of `kind`.
    public func admitsTarget(_ kind: NodeKind) -> Bool { targetKinds?.contains(kind) ?? true }
    /// Whether every edge of this type must carry `field`.
    public func requires(_ field: EdgeField) -> Bool { requiredFields.contains(field.name) }
    /// Whether edges of this type may carry `field`.
    public func takes(_ field: EdgeField) -> Bool {
        !field.isRestricted || requiredFields.contains(field.name) || allowedFields.contains(field.name)
    }
}
