import SummitGraph

/// Paths between two nodes, hop by hop, each hop with every edge that joins its two nodes
/// (inside the selection), and how well each hop is corroborated.
public struct PathReport: Codable, Sendable {
    public struct Hop: Codable, Sendable {
        public var from: NodeReference
        public var to: NodeReference
        public var edges: [EdgeReport]
        /// Distinct sources stating any of the hop's edges.
        public var sources: Int

        /// A count is named as a count in JSON (`sourceCount`).
        enum CodingKeys: String, CodingKey { case from, to, edges, sources = "sourceCount" }
    }

    public struct Path: Codable, Sendable {
        public var length: Int
        public var nodes: [NodeReference]
        public var hops: [Hop]
        /// The weakest hop's number of distinct sources.
        public var weakestSupport: Int
        /// Distinct sources over the whole path.
        public var totalSupport: Int
    }

    public var from: NodeReference
    public var to: NodeReference
    public var directed: Bool
    public var paths: [Path]

    /// - Parameter paths: node sequences from `from` to `to`.
    public init(_ graph: Graph, from: NodeID, to: NodeID, paths: [[NodeID]], selection: Selection, directed: Bool) {
        self.from = NodeReference(graph, from)
        self.to = NodeReference(graph, to)
        self.directed = directed
        self.paths = paths.map { nodes in
            var allSources = Set<SourceID>()
            let hops = zip(nodes, nodes.dropFirst()).map { u, v in
                let ids = graph.edges(of: u, direction: directed ? .out : .both).filter {
                    graph[$0].opposite(of: u) == v && selection.admits(graph[$0])
                }
                let sources = Set(ids.flatMap { graph[$0].sources })
                allSources.formUnion(sources)
                let edges = ids.map { EdgeReport(graph, $0, from: u) }.sorted(by: EdgeReport.chronological)
                return Hop(from: NodeReference(graph, u), to: NodeReference(graph, v), edges: edges, sources: sources.count)
            }
            return Path(length: hops.count, nodes: nodes.map { NodeReference(graph, $0) }, hops: hops,
                        weakestSupport: hops.map(\.sources).min() ?? 0, totalSupport: allSources.count)
        }
    }

    /// Visits the source of every edge of every path, to add to it.
    public mutating func updateCitations(_ body: (inout SourceReference) -> Void) {
        for p in paths.indices {
            for h in paths[p].hops.indices {
                for e in paths[p].hops[h].edges.indices { for s in paths[p].hops[h].edges[e].sources.indices { body(&paths[p].hops[h].edges[e].sources[s]) } }
            }
        }
    }

    /// Best corroborated first: the weakest hop's support, then all support, then fewer hops.
    public mutating func rankByCorroboration() {
        paths = paths.enumerated().sorted { a, b in
            (-a.element.weakestSupport, -a.element.totalSupport, a.element.length, a.offset)
                < (-b.element.weakestSupport, -b.element.totalSupport, b.element.length, b.offset)
        }.map(\.element)
    }
}
