import Foundation
import SummitGraph

extension BinaryReader {
    /// Reads what ``BinaryWriter/write(graph:notes:)`` wrote, checking every code and reference.
    mutating func readGraph() throws -> (Graph, [String]) {
        let additions = try JSONDecoder().decode(Schema.self, from: Data(try read(String.self).utf8))
        let schema = try Schema.standard.adding(additions)
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
        let statusCodes = try readColumn(UInt8.self, as: UInt8.self)
        let statuses = try readStrings().map(EdgeStatus.init(unchecked:))
        let dates = try readColumn(UInt64.self, as: UInt64.self)
        let edgeDetailCodes = try readColumn(Int32.self, as: Int32.self)
        var edgeDetails: [EdgeDetails] = []
        for _ in 0..<(try count(elementSize: 8)) {
            let place: Int32 = try read()
            let roleName = try readOptional(), title = try readOptional()
            let areas = try readStrings().map(CooperationArea.init(unchecked:))
            let topics = try readStrings()
            let cited: [Int32] = try readArray()
            guard try count(elementSize: 1) == cited.count else { throw ColumnError("citations and paraphrases differ in number") }
            var citations: [Citation] = []
            for source in cited { citations.append(Citation(source: SourceID(Int(source)), paraphrase: try readOptional())) }
            for i in citations.indices { citations[i].location = try readLocation() }
            let role = roleName.map(ParticipationRole.init(unchecked:))
            let note = try readOptional()
            var attributes: [EdgeAttribute] = []
            for name in try readStrings() {
                let kind: UInt8 = try read(), values = try readStrings()
                guard kind <= 1, kind == 1 || values.count == 1 else { throw ColumnError("attribute value out of range") }
                attributes.append(EdgeAttribute(name, kind == 0 ? .text(values[0]) : .list(values)))
            }
            edgeDetails.append(EdgeDetails(place: place < 0 ? nil : NodeID(Int(place)), role: role, title: title, areas: areas,
                                           topics: topics, citations: citations, note: note, attributes: attributes))
        }
        let edgeSlugs = try readPool()
        let edgeIndex = try readIndex(poolCount: edgeSlugs.count)
        let edges = try EdgeStore(sources: ends, targets: targets, typeCodes: typeCodes, types: types, statusCodes: statusCodes,
                                  statuses: statuses, dates: dates, detailCodes: edgeDetailCodes, details: edgeDetails, slugs: edgeSlugs, index: edgeIndex,
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
            let field = Conflict.Field(unchecked: fieldName)
            conflicts.append(Conflict(slug: slug, subjects: subjects, field: field, description: description,
                                      sources: cited.map { SourceID(Int($0)) }))
        }
        let notes = try readStrings()
        let graph = try Graph(checkedNodes: nodes, edges: edges, sources: sources, conflicts: conflicts, schema: schema,
                              outgoing: outgoing, incoming: incoming)
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
