import SummitGraph
import Testing
import TestSupport

@Suite("Adjacency: rows and their far ends agree with the edge list")
struct AdjacencyTests {
    /// Random multigraphs with parallel edges and self-loops: every listing read from the CSR
    /// rows (and their stored far ends) equals the same listing computed from the edge list.
    @Test(arguments: 0..<12)
    func listingsEqualTheirDefinitions(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var builder = GraphBuilder()
        let source = try builder.add(Source(slug: "s", file: "s.txt", publisher: "P", published: FuzzyDate(year: 2025)!, title: "T"))
        let n = 1 + random.below(30)
        let nodes = try (0..<n).map { try builder.add(Node(slug: "n\($0)", kind: .person, name: "N\($0)")) }
        let types: [EdgeType] = [.met, .cooperatesWith, .partOf]
        var list: [(EdgeID, NodeID, NodeID, EdgeType)] = []
        for i in 0..<random.below(120) {
            let (s, t, type) = (nodes[random.below(n)], nodes[random.below(n)], types[random.below(3)])
            let id = try builder.add(Edge(slug: "e\(i)", type: type, source: s, target: t, status: .occurred, citations: [Citation(source: source)]))
            list.append((id, s, t, type))
        }
        let g = builder.build()
        for v in nodes {
            let out = list.filter { $0.1 == v }.map(\.0), into = list.filter { $0.2 == v }.map(\.0)
            #expect(Array(g.outgoingEdges(of: v)) == out && Array(g.incomingEdges(of: v)) == into, "seed \(seed)")
            #expect(g.edges(of: v) == out + list.filter { $0.2 == v && $0.1 != v }.map(\.0), "seed \(seed)")
            for direction in Direction.allCases {
                for via in [nil, Set([EdgeType.met]), Set([EdgeType.partOf, .cooperatesWith])] {
                    let expected = Set(list.compactMap { id, s, t, type -> NodeID? in
                        guard via?.contains(type) ?? true else { return nil }
                        if direction != .in, s == v { return t }
                        if direction != .out, t == v { return s }
                        return nil
                    }).subtracting([v]).sorted()
                    #expect(g.neighbors(of: v, via: via, direction: direction) == expected, "seed \(seed), \(direction)")
                }
            }
        }
    }
}
