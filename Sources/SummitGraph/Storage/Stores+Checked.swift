/// Why columns read back from storage cannot make a graph.
package struct ColumnError: Error, Equatable, Sendable {
    package let reason: String
    package init(_ reason: String) { self.reason = reason }
}

extension NodeStore {
    /// A node store from stored columns, every code and reference checked.
    /// - Complexity: O(*V* + size of the details).
    package init(slugs: StringPool, names: StringPool, kindCodes: Column<UInt16>, kinds: [NodeKind], detailCodes: Column<Int32>,
                 details: [NodeDetails], index: SlugIndex, sourceCount: Int) throws(ColumnError) {
        let n = kindCodes.count
        guard slugs.count == n, names.count == n, detailCodes.count == n else { throw ColumnError("node columns of different lengths") }
        guard kindCodes.areAll(in: 0..<kinds.count) else { throw ColumnError("node kind code out of range") }
        guard detailCodes.areAll(in: -1..<details.count) else { throw ColumnError("node detail code out of range") }
        guard details.allSatisfy({ $0.sources.allSatisfy { (0..<sourceCount).contains($0.offset) } }) else {
            throw ColumnError("node source out of range")
        }
        self.init()
        (self.slugs, self.names, self.kindCodes, self.kinds) = (slugs, names, kindCodes, kinds)
        (self.detailCodes, self.details, self.index) = (detailCodes, details, index)
    }
}

extension EdgeStore {
    /// An edge store from stored columns, every end, code and reference checked.
    /// - Complexity: O(*E* + size of the details).
    package init(sources: Column<Int32>, targets: Column<Int32>, typeCodes: Column<UInt16>, types: [EdgeType], statusCodes: Column<UInt8>,
                 statuses: [EdgeStatus], dates: Column<UInt64>, detailCodes: Column<Int32>, details: [EdgeDetails], slugs: StringPool, index: SlugIndex,
                 nodeCount: Int, sourceCount: Int) throws(ColumnError) {
        let e = sources.count
        guard targets.count == e, typeCodes.count == e, statusCodes.count == e, dates.count == e, detailCodes.count == e,
              slugs.count == 0 || slugs.count == e else { throw ColumnError("edge columns of different lengths") }
        guard sources.areAll(in: 0..<nodeCount), targets.areAll(in: 0..<nodeCount) else {
            throw ColumnError("edge end out of range")
        }
        guard typeCodes.areAll(in: 0..<types.count), statusCodes.areAll(in: 0..<statuses.count) else {
            throw ColumnError("edge type or status code out of range")
        }
        guard detailCodes.areAll(in: -1..<details.count) else { throw ColumnError("edge detail code out of range") }
        for detail in details {
            guard detail.place.map({ (0..<nodeCount).contains($0.offset) }) ?? true,
                  detail.citations.allSatisfy({ (0..<sourceCount).contains($0.source.offset) }) else {
                throw ColumnError("edge place or citation out of range")
            }
        }
        self.init()
        (self.sources, self.targets, self.typeCodes, self.types, self.statusCodes) = (sources, targets, typeCodes, types, statusCodes)
        self.statuses = statuses
        (self.dates, self.detailCodes, self.details, self.slugs, self.index) = (dates, detailCodes, details, slugs, index)
    }
}

/// One direction's adjacency columns as a snapshot stores them, not yet checked.
package typealias StoredAdjacency = (offsets: Column<Int32>, edges: Column<EdgeID>, farEnds: Column<Int32>)

extension Graph {
    /// A graph from checked stores and stored adjacency.
    /// - Throws: when the adjacency does not index exactly these edges, or a conflict refers to nothing.
    package init(checkedNodes nodes: NodeStore, edges: EdgeStore, sources: [Source], conflicts: [Conflict], schema: Schema,
                 outgoing: StoredAdjacency, incoming: StoredAdjacency) throws(ColumnError) {
        guard outgoing.offsets.count == nodes.count + 1, incoming.offsets.count == nodes.count + 1,
              let out = Adjacency(offsets: outgoing.offsets, edges: outgoing.edges, farEnds: outgoing.farEnds,
                                  edgeCount: edges.count, nodeCount: nodes.count),
              let into = Adjacency(offsets: incoming.offsets, edges: incoming.edges, farEnds: incoming.farEnds,
                                   edgeCount: edges.count, nodeCount: nodes.count) else {
            throw ColumnError("adjacency does not match the edges")
        }
        for conflict in conflicts {
            for subject in conflict.subjects {
                switch subject {
                case .node(let id): guard (0..<nodes.count).contains(id.offset) else { throw ColumnError("conflict subject out of range") }
                case .edge(let id): guard (0..<edges.count).contains(id.offset) else { throw ColumnError("conflict subject out of range") }
                }
            }
            guard conflict.sources.allSatisfy({ (0..<sources.count).contains($0.offset) }) else { throw ColumnError("conflict source out of range") }
        }
        self.init(nodes: nodes, edges: edges, sources: sources, conflicts: conflicts, schema: schema, outgoing: out, incoming: into)
    }
}
