import SummitGraph

extension BinaryReader {
    /// Reads what ``BinaryWriter/write(graph:notes:)`` wrote, checking every code and reference.
    mutating func readGraph() throws -> (Graph, [String]) {
        var sources: [Source] = []
        for _ in 0..<(try count(elementSize: 8)) {
            let (slug, file, publisher, title) = (try read(String.self), try read(String.self), try read(String.self), try read(String.self))
            let published: UInt32 = try read()
            sources.append(Source(slug: slug, file: file, publisher: publisher, published: FuzzyDate(packed: published), title: title,
                                  place: try readOptional(), author: try readOptional()))
        }
        let slugs = try readPool(), names = try readPool()
        let kindCodes = try readColumn(UInt16.self, as: UInt16.self)
        let kinds = try readStrings().map(NodeKind.init(unchecked:))
        let nodeDetailCodes = try readColumn(Int32.self, as: Int32.self)
        var nodeDetails: [NodeDetails] = []
        for _ in 0..<(try count(elementSize: 8)) {
            let subtype = try readOptional(), aliases = try readStrings()
            let keys = try readStrings(), values = try readStrings()
            guard keys.count == values.count else { throw ColumnError("attribute keys and values differ in number") }
            let cited: [Int32] = try readArray()
            nodeDetails.append(NodeDetails(subtype: subtype, aliases: aliases, attributes: zip(keys, values).map(Attribute.init),
                                           sources: cited.map { SourceID(Int($0)) }))
        }
        let nodeIndex = try readIndex(poolCount: slugs.count)
        let nodes = try NodeStore(slugs: slugs, names: names, kindCodes: kindCodes, kinds: kinds, detailCodes: nodeDetailCodes,
                                  details: nodeDetails, index: nodeIndex, sourceCount: sources.count)

        let ends = try readColumn(Int32.self, as: Int32.self), targets = try readColumn(Int32.self, as: Int32.self)
        let typeCodes = try readColumn(UInt16.self, as: UInt16.self)
        let types = try readStrings().map(EdgeType.init(unchecked:))
        let statusCodes = try readColumn(UInt8.self, as: UInt8.self), dates = try readColumn(UInt64.self, as: UInt64.self)
        let edgeDetailCodes = try readColumn(Int32.self, as: Int32.self)
        var edgeDetails: [EdgeDetails] = []
        for _ in 0..<(try count(elementSize: 8)) {
            let place: Int32 = try read()
            let roleName = try readOptional(), title = try readOptional()
            var areas: [CooperationArea] = []
            for name in try readStrings() {
                guard let area = CooperationArea(rawValue: name) else { throw ColumnError("unknown cooperation area \(name)") }
                areas.append(area)
            }
            let topics = try readStrings()
            let cited: [Int32] = try readArray()
            guard try count(elementSize: 1) == cited.count else { throw ColumnError("citations and paraphrases differ in number") }
            var citations: [Citation] = []
            for source in cited { citations.append(Citation(source: SourceID(Int(source)), paraphrase: try readOptional())) }
            for i in citations.indices { citations[i].location = try readLocation() }
            let role = try roleName.map { name throws in
                guard let role = ParticipationRole(rawValue: name) else { throw ColumnError("unknown role \(name)") }
                return role
            }
            edgeDetails.append(EdgeDetails(place: place < 0 ? nil : NodeID(Int(place)), role: role, title: title, areas: areas,
                                           topics: topics, citations: citations, note: try readOptional()))
        }
        let edgeSlugs = try readPool()
        let edgeIndex = try readIndex(poolCount: edgeSlugs.count)
        let edges = try EdgeStore(sources: ends, targets: targets, typeCodes: typeCodes, types: types, statusCodes: statusCodes,
                                  dates: dates, detailCodes: edgeDetailCodes, details: edgeDetails, slugs: edgeSlugs, index: edgeIndex,
                                  nodeCount: nodes.count, sourceCount: sources.count)
        let outgoing = try readAdjacency(), incoming = try readAdjacency()

        var conflicts: [Conflict] = []
        for _ in 0..<(try count(elementSize: 8)) {
            let slug = try read(String.self), fieldName = try read(String.self), description = try read(String.self)
            let cited: [Int32] = try readArray()
            var subjects: [Conflict.Subject] = []
            for _ in 0..<(try count(elementSize: 5)) {
                let kind: UInt8 = try read(), id: Int32 = try read()
                subjects.append(kind == 0 ? .node(NodeID(Int(id))) : .edge(EdgeID(Int(id))))
            }
            guard let field = Conflict.Field(rawValue: fieldName) else { throw ColumnError("unknown conflict field \(fieldName)") }
            conflicts.append(Conflict(slug: slug, subjects: subjects, field: field, description: description,
                                      sources: cited.map { SourceID(Int($0)) }))
        }
        let notes = try readStrings()
        let graph = try Graph(checkedNodes: nodes, edges: edges, sources: sources, conflicts: conflicts, outgoing: outgoing, incoming: incoming)
        return (graph, notes)
    }

    /// What ``BinaryWriter/write(location:)`` wrote.
    mutating func readLocation() throws -> SentenceLocation? {
        let start: Int64 = try read(), end: Int64 = try read()
        let words = (try read(UInt64.self), try read(UInt64.self), try read(UInt64.self), try read(UInt64.self))
        guard start >= 0 else { return nil }
        guard let span = ArticleSpan(start: Int(start), end: Int(end)) else { throw ColumnError("invalid sentence span \(start)-\(end)") }
        return SentenceLocation(span: span, sha256: SHA256Digest(words: words))
    }

    mutating func readAdjacency() throws -> StoredAdjacency {
        (offsets: try readColumn(Int32.self, as: Int32.self), edges: try readColumn(Int32.self, as: EdgeID.self),
         farEnds: try readColumn(Int32.self, as: Int32.self))
    }

    mutating func readPool() throws -> StringPool {
        let bytes = try readColumn(UInt8.self, as: UInt8.self), ends = try readColumn(UInt32.self, as: UInt32.self)
        guard let pool = StringPool(bytes: bytes, ends: ends) else { throw ColumnError("string table out of range") }
        return pool
    }

    mutating func readIndex(poolCount: Int) throws -> SlugIndex {
        let slots = try readColumn(Int32.self, as: Int32.self)
        guard let index = SlugIndex(slots: slots, poolCount: poolCount) else { throw ColumnError("slug index out of range") }
        return index
    }
}
