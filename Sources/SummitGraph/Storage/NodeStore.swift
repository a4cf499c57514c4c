/// A graph's nodes in columns: slugs and names in two string pools, kinds as small codes into a
/// table, and the rarer facts (subtype, aliases, attributes, sources) shared in a side table.
/// Reading a ``Node`` assembles it from the columns.
///
/// 100,000 nodes named like `n123`/`Actor 123` take about 3 MB, against some 10 MB as an array
/// of ``Node`` values.
public struct NodeStore: RandomAccessCollection, Sendable {
    package var slugs = StringPool()
    package var names = StringPool()
    @usableFromInline package var kindCodes: Column<UInt16> = []
    @usableFromInline package var kinds: [NodeKind] = []
    /// `-1` when the node has no subtype, aliases, attributes or sources.
    package var detailCodes: Column<Int32> = []
    package var details: [NodeDetails] = []
    package var index = SlugIndex()

    package init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { kindCodes.count }

    /// The node at `position`, assembled from the columns.
    /// - Complexity: O(length of its strings).
    public subscript(position: Int) -> Node {
        let code = detailCodes[position]
        let detail = code < 0 ? NodeDetails() : details[Int(code)]
        return Node(slug: slugs[position], kind: kinds[Int(kindCodes[position])], subtype: detail.subtype,
                    name: names[position], aliases: detail.aliases, attributes: detail.attributes, sources: detail.sources)
    }

    /// The kind of node `id`, without assembling the node.
    @inlinable public func kind(of id: NodeID) -> NodeKind { kinds[Int(kindCodes[id.offset])] }
    /// The slug of node `id`.
    public func slug(of id: NodeID) -> String { slugs[id.offset] }
    /// The display name of node `id`.
    public func name(of id: NodeID) -> String { names[id.offset] }
}

/// What a node has besides its slug, kind and name; usually nothing, and often shared.
package struct NodeDetails: Hashable, Sendable {
    package var subtype: String?
    package var aliases: [String] = []
    package var attributes: [Attribute] = []
    @usableFromInline package var sources: [SourceID] = []

    package init(subtype: String? = nil, aliases: [String] = [], attributes: [Attribute] = [], sources: [SourceID] = []) {
        (self.subtype, self.aliases, self.attributes, self.sources) = (subtype, aliases, attributes, sources)
    }

    package var isEmpty: Bool { subtype == nil && aliases.isEmpty && attributes.isEmpty && sources.isEmpty }
}
