import SummitGraph

/// What the standard schema says of an edge type, for the extractor: the lexicon's cues name
/// standard types only (a dataset's own types have no cues), so their rules are the standard ones.
extension EdgeType {
    private var standardRule: EdgeTypeRule? { Schema.standard.rule(for: self) }

    /// Whether the relationship reads the same both ways.
    var isSymmetric: Bool { standardRule?.isSymmetric ?? false }
    /// The kinds an edge of this type may start from (every standard kind when the rule says any).
    var sourceKinds: Set<NodeKind> { Set(standardRule?.sourceKinds ?? Schema.standard.kinds.map(\.kind)) }
    /// The kinds an edge of this type may end at.
    var targetKinds: Set<NodeKind> { Set(standardRule?.targetKinds ?? Schema.standard.kinds.map(\.kind)) }
}
