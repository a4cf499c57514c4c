/// Assembles a ``Graph``: sources, then nodes, then edges and conflicts that refer to them.
///
/// Nodes and edges go straight into columns; kinds, types and the rarer details are interned,
/// so a million plain edges cost a million small appends and no per-edge allocation.
public struct GraphBuilder: Sendable {
    /// The schema the graph is built with (``Graph/schema``): a dataset's declarations, an
    /// import's attribute types.
    public var schema: Schema
    package private(set) var nodes = NodeStore()
    package private(set) var edges = EdgeStore()
    private var sources: [Source] = []
    private var conflicts: [Conflict] = []
    private var sourceBySlug: [String: SourceID] = [:]
    private var kindCodes: [NodeKind: UInt16] = [:]
    private var typeCodes: [EdgeType: UInt16] = [:]
    private var statusCodes: [EdgeStatus: UInt8] = [:]
    private var nodeDetailCodes: [NodeDetails: Int32] = [:]
    private var edgeDetailCodes: [EdgeDetails: Int32] = [:]
    /// Edges whose slugs are stored but not yet indexed (see `appendEdge(unindexedSlug:…)`).
    private var unindexedEdgeSlugs: [Int32] = []

    public init(schema: Schema = .standard) { self.schema = schema }

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }
    public var sourceCount: Int { sources.count }

    /// Adds a source. - Throws: ``GraphError/duplicateSlug(_:element:)``.
    @discardableResult
    public mutating func add(_ source: Source) throws(GraphError) -> SourceID {
        let id = SourceID(sources.count)
        guard sourceBySlug.updateValue(id, forKey: source.slug) == nil else {
            throw .duplicateSlug(source.slug, element: "source")
        }
        sources.append(source)
        return id
    }

    /// Adds a node. - Throws: ``GraphError`` for a duplicate slug, an unknown source, or one kind
    /// more than the graph can number.
    /// - Complexity: O(length of its strings), amortised.
    @discardableResult
    public mutating func add(_ node: Node) throws(GraphError) -> NodeID {
        for source in node.sources where !(0..<sources.count).contains(source.offset) { throw .unknownSource(source) }
        let details = NodeDetails(subtype: node.subtype, aliases: node.aliases, attributes: node.attributes, sources: node.sources)
        let kind = try kindCode(node.kind)
        nodes.slugs.append(node.slug)
        guard let id = appendNode(kind: kind, details: details) else {
            throw .duplicateSlug(node.slug, element: "node")
        }
        nodes.names.append(node.name)
        return id
    }

    /// Adds a node whose slug and name are UTF-8 the caller has checked, without making strings:
    /// the path of the bulk readers.
    /// - Returns: the new node, or `nil` (and nothing added) when the slug is taken.
    package mutating func addNode(slug: UnsafeRawBufferPointer, name: UnsafeRawBufferPointer, kind: UInt16) -> NodeID? {
        nodes.slugs.append(utf8: slug)
        guard let id = appendNode(kind: kind, details: NodeDetails()) else { return nil }
        nodes.names.append(utf8: name)
        return id
    }

    /// Indexes the slug just appended and fills the node's other columns but its name.
    private mutating func appendNode(kind: UInt16, details: NodeDetails) -> NodeID? {
        let position = nodes.slugs.count - 1
        if nodes.index.insert(Int32(position), in: nodes.slugs) != nil {
            nodes.slugs.removeLast()
            return nil
        }
        nodes.kindCodes.append(kind)
        nodes.detailCodes.append(details.isEmpty ? -1 : intern(details))
        return NodeID(position)
    }

    /// The node whose slug is `raw`, added with `kind` and its slug for a name when there is none;
    /// `nil` when the graph is full. Mutating, so a reader's hot loop hands over the builder by
    /// address instead of copying it for every lookup.
    /// - Complexity: O(length of `raw`) on average.
    package mutating func node(slug raw: UnsafeRawBufferPointer, orAddingWithKind kind: UInt16) -> NodeID? {
        if let position = nodes.index.find(raw, in: nodes.slugs) { return NodeID(Int(position)) }
        guard nodeCount < Int(Int32.max) - 1 else { return nil }
        return addNode(slug: raw, name: raw, kind: kind)
    }

    /// The code the node store gives `kind`.
    /// - Throws: ``GraphError/tooManyNames(_:limit:name:)`` past 65,536 distinct kinds.
    package mutating func kindCode(_ kind: NodeKind) throws(GraphError) -> UInt16 {
        try Self.code(of: kind, in: &nodes.kinds, codes: &kindCodes, what: "node kinds", name: kind.rawValue)
    }

    /// The code the edge store gives `type`.
    /// - Throws: ``GraphError/tooManyNames(_:limit:name:)`` past 65,536 distinct types.
    package mutating func typeCode(_ type: EdgeType) throws(GraphError) -> UInt16 {
        try Self.code(of: type, in: &edges.types, codes: &typeCodes, what: "edge types", name: type.rawValue)
    }

    /// The code the edge store gives `status`.
    /// - Throws: ``GraphError/tooManyNames(_:limit:name:)`` past 256 distinct statuses.
    package mutating func statusCode(_ status: EdgeStatus) throws(GraphError) -> UInt8 {
        try Self.code(of: status, in: &edges.statuses, codes: &statusCodes, what: "statuses", name: status.rawValue)
    }

    private mutating func intern(_ details: NodeDetails) -> Int32 {
        (try? Self.code(of: details, in: &nodes.details, codes: &nodeDetailCodes, what: "", name: "")) ?? -1
    }

    /// The code the edge store gives `details` (-1 for none).
    package mutating func detailCode(_ details: EdgeDetails) -> Int32 {
        details.isEmpty ? -1 : (try? Self.code(of: details, in: &edges.details, codes: &edgeDetailCodes, what: "", name: "")) ?? -1
    }

    /// The position of `value` in `table`, appended the first time; `codes` remembers positions.
    /// - Throws: ``GraphError/tooManyNames(_:limit:name:)`` when `Code` cannot number one more
    ///   (detail codes, `Int32`, never reach that: a graph has fewer edges).
    /// - Complexity: O(1) on average, plus hashing `value`.
    private static func code<Value: Hashable, Code: FixedWidthInteger>(of value: Value, in table: inout [Value], codes: inout [Value: Code],
                                                                      what: String, name: @autoclosure () -> String) throws(GraphError) -> Code {
        if let code = codes[value] { return code }
        guard let code = Code(exactly: table.count) else {
            throw .tooManyNames(what, limit: Int(Code.max) + 1, name: name())
        }
        table.append(value)
        codes[value] = code
        return code
    }

    /// Adds an edge between nodes already added.
    /// - Throws: ``GraphError`` for a duplicate slug, an unknown node or source, or one type or
    ///   status more than the graph can number.
    @discardableResult
    public mutating func add(_ edge: Edge) throws(GraphError) -> EdgeID {
        for end in [edge.source, edge.target] + (edge.place.map { [$0] } ?? [])
        where !(0..<nodes.count).contains(end.offset) {
            throw .unknownNode(end)
        }
        for citation in edge.citations where !(0..<sources.count).contains(citation.source.offset) {
            throw .unknownSource(citation.source)
        }
        let (type, status) = (try typeCode(edge.type), try statusCode(edge.status))
        guard indexEdgeSlugs() else { throw .duplicateSlug(edge.slug, element: "edge") }
        if edges.hasSynthesizedSlugs && edge.slug != "e\(edges.count)" { storeSynthesizedSlugs() }
        if !edges.hasSynthesizedSlugs || edge.slug != "e\(edges.count)" {
            edges.slugs.append(edge.slug)
            if edges.index.insert(Int32(edges.count), in: edges.slugs) != nil {
                edges.slugs.removeLast()
                throw .duplicateSlug(edge.slug, element: "edge")
            }
        }
        var details = EdgeDetails(edge)
        details.attributes = Self.normalized(edge.attributes)
        return appendColumns(source: edge.source.index, target: edge.target.index, type: type, status: status,
                             date: edge.date?.packed ?? 0, details: detailCode(details))
    }

    /// `attributes` sorted by name, the first of each name kept.
    private static func normalized(_ attributes: [EdgeAttribute]) -> [EdgeAttribute] {
        guard attributes.count > 1 else { return attributes }
        var seen = Set<String>()
        return attributes.filter { seen.insert($0.name).inserted }.sorted { $0.name < $1.name }
    }

    /// Adds an edge from codes, with the synthesized slug `e<index>`: the path of the bulk readers.
    /// The caller has checked that both ends are nodes and `type`/`status`/`details` are codes it was given.
    @discardableResult
    package mutating func appendEdge(source: Int32, target: Int32, type: UInt16, status: UInt8, date: UInt64,
                                     details: Int32) -> EdgeID {
        if !edges.hasSynthesizedSlugs {
            edges.slugs.append("e\(edges.count)")
            _ = edges.index.insert(Int32(edges.count), in: edges.slugs)
        }
        return appendColumns(source: source, target: target, type: type, status: status, date: date, details: details)
    }

    /// Adds an edge from codes with the slug `raw` (UTF-8 the caller has checked), stored as
    /// `add(_ edge:)` stores it: the path of the bulk readers.
    /// The caller has checked that both ends are nodes and `type`/`details` are codes it was given.
    /// - Returns: the new edge, or `nil` (and nothing added) when the slug is taken.
    /// - Complexity: O(length of `raw`) amortised, but O(*E*) for the first slug that is not `e<index>`.
    package mutating func appendEdge(slug raw: UnsafeRawBufferPointer, source: Int32, target: Int32, type: UInt16,
                                     status: UInt8, date: UInt64, details: Int32) -> EdgeID? {
        let synthesized = Self.synthesizedPosition(raw) == edges.count
        if edges.hasSynthesizedSlugs && !synthesized { storeSynthesizedSlugs() }
        if !edges.hasSynthesizedSlugs || !synthesized {
            edges.slugs.append(utf8: raw)
            if edges.index.insert(Int32(edges.count), in: edges.slugs) != nil {
                edges.slugs.removeLast()
                return nil
            }
        }
        return appendColumns(source: source, target: target, type: type, status: status, date: date, details: details)
    }

    /// Adds an edge from codes with the slug `raw`, stored but not indexed until
    /// ``indexEdgeSlugs()``: for a bulk reader that knows `raw` cannot be any slug it looks up
    /// with ``edge(slug:)`` before then, and leaves the check that it is unique to that call.
    /// - Complexity: O(length of `raw`) amortised.
    @discardableResult
    package mutating func appendEdge(unindexedSlug raw: UnsafeRawBufferPointer, source: Int32, target: Int32, type: UInt16,
                                     status: UInt8, date: UInt64, details: Int32) -> EdgeID {
        if edges.hasSynthesizedSlugs { storeSynthesizedSlugs() }
        unindexedEdgeSlugs.append(Int32(edges.count))
        edges.slugs.append(utf8: raw)
        return appendColumns(source: source, target: target, type: type, status: status, date: date, details: details)
    }

    /// Indexes the slugs ``appendEdge(unindexedSlug:source:target:type:status:date:details:)``
    /// stored: all at once when they are many, in one pass over the slugs.
    /// - Returns: `false` when one equals another slug; the builder is then not to be used.
    /// - Complexity: O(slugs stored) when they are many, else O(their length).
    package mutating func indexEdgeSlugs() -> Bool {
        guard !unindexedEdgeSlugs.isEmpty else { return true }
        defer { unindexedEdgeSlugs = [] }
        if unindexedEdgeSlugs.count * 4 >= edges.index.count {
            guard let index = SlugIndex(indexing: edges.slugs) else { return false }
            edges.index = index
            return true
        }
        return unindexedEdgeSlugs.allSatisfy { edges.index.insert($0, in: edges.slugs) == nil }
    }

    /// The edge whose slug is `raw`, among those indexed.
    /// - Complexity: O(length of `raw`) on average.
    package func edge(slug raw: UnsafeRawBufferPointer) -> EdgeID? {
        if !edges.hasSynthesizedSlugs { return edges.index.find(raw, in: edges.slugs).map { EdgeID(Int($0)) } }
        return Self.synthesizedPosition(raw).flatMap { $0 < edges.count ? EdgeID($0) : nil }
    }

    /// `n` when `raw` spells `e<n>` as the synthesized slugs do (no sign, no leading zero).
    private static func synthesizedPosition(_ raw: UnsafeRawBufferPointer) -> Int? {
        guard raw.count >= 2, raw.count <= 19, raw[0] == UInt8(ascii: "e"), raw[1] != UInt8(ascii: "0") || raw.count == 2 else {
            return nil
        }
        var n = 0
        for byte in raw.dropFirst() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return n
    }

    /// The first slug that is not the synthesized one: stores the synthesized ones so far.
    private mutating func storeSynthesizedSlugs() {
        for i in 0..<edges.count { edges.slugs.append("e\(i)"); _ = edges.index.insert(Int32(i), in: edges.slugs) }
    }

    private mutating func appendColumns(source: Int32, target: Int32, type: UInt16, status: UInt8, date: UInt64,
                                        details: Int32) -> EdgeID {
        edges.sources.append(source)
        edges.targets.append(target)
        edges.typeCodes.append(type)
        edges.statusCodes.append(status)
        edges.dates.append(date)
        edges.detailCodes.append(details)
        return EdgeID(edges.count - 1)
    }

    /// Makes room for `nodes` and `edges` more.
    package mutating func reserve(nodes n: Int, edges e: Int) {
        nodes.kindCodes.reserveCapacity(nodes.count + n)
        nodes.detailCodes.reserveCapacity(nodes.count + n)
        nodes.index.reserve(nodes.count + n, pool: nodes.slugs)
        edges.sources.reserveCapacity(edges.count + e)
        edges.targets.reserveCapacity(edges.count + e)
        edges.typeCodes.reserveCapacity(edges.count + e)
        edges.statusCodes.reserveCapacity(edges.count + e)
        edges.dates.reserveCapacity(edges.count + e)
        edges.detailCodes.reserveCapacity(edges.count + e)
    }

    /// Adds a conflict between statements already added.
    public mutating func add(_ conflict: Conflict) {
        conflicts.append(conflict)
    }

    /// The graph, with its adjacency built.
    /// - Complexity: O(*V* + *E*).
    public func build() -> Graph {
        precondition(unindexedEdgeSlugs.isEmpty, "indexEdgeSlugs() first")
        return Graph(nodes: nodes, edges: edges, sources: sources, conflicts: conflicts, schema: schema)
    }
}
