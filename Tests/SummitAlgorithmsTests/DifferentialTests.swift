import Foundation
import SummitAlgorithms
@testable import SummitGraph
import Testing

/// One graph of `Reference/reference.json` and NetworkX's answers on it.
struct ReferenceGraph: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let directed: Bool
    let nodes: [String]
    let edges: [[String]]
    let shortest_path_lengths: [String: [String: Int]]
    let degree, betweenness, closeness, pagerank: [String: Double]
    let eigenvector, in_degree, out_degree: [String: Double]?
    let weak_components: Int
    let strong_components, diameter: Int?
    var testDescription: String { name }

    static let all: [ReferenceGraph] = {
        struct File: Decodable { let graphs: [ReferenceGraph] }
        guard let url = Bundle.module.url(forResource: "Reference/reference", withExtension: "json"),
              let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else { return [] }
        return file.graphs
    }()

    /// The graph as summitgraph holds it, and its analysis view.
    func analysis() throws -> (AnalysisGraph, [String: Int]) {
        var builder = GraphBuilder()
        let source = try builder.add(Source(slug: "nx", file: "reference.json", publisher: "NetworkX", published: nil, title: name))
        var index: [String: NodeID] = [:]
        for node in nodes { index[node] = try builder.add(Node(slug: node, kind: NodeKind(unchecked: "node"), name: node)) }
        for (i, pair) in edges.enumerated() {
            try builder.add(Edge(slug: "e\(i)", type: EdgeType(unchecked: "linked"), source: index[pair[0]]!, target: index[pair[1]]!,
                                 status: .occurred, citations: [Citation(source: source)]))
        }
        let graph = builder.build()
        return (AnalysisGraph(graph, directed: directed), Dictionary(uniqueKeysWithValues: index.map { ($0.key, $0.value.offset) }))
    }
}

func expectClose(_ got: [Double], _ want: [String: Double], _ index: [String: Int], _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(want.count == got.count, "\(what): sizes")
    let worst = want.map { name, value in abs(got[index[name]!] - value) }.max() ?? 0
    #expect(worst <= 1e-9, "\(what): largest difference \(worst)", sourceLocation: sourceLocation)
}

@Suite("Differential tests: equal to NetworkX to 1e-9")
struct DifferentialTests {
    @Test func referenceIsThere() { #expect(ReferenceGraph.all.count == 6) }

    @Test(arguments: ReferenceGraph.all)
    func shortestPathLengthsForEveryPair(_ ref: ReferenceGraph) throws {
        let (g, index) = try ref.analysis()
        for (u, row) in ref.shortest_path_lengths {
            let d = g.distances(from: index[u]!)
            let reached = Dictionary(uniqueKeysWithValues: ref.nodes.compactMap { v in d[index[v]!] >= 0 ? (v, Int(d[index[v]!])) : nil })
            #expect(reached == row, "from \(u)")
        }
    }

    @Test(arguments: ReferenceGraph.all)
    func centralities(_ ref: ReferenceGraph) throws {
        let (g, index) = try ref.analysis()
        expectClose(g.degreeCentrality(), ref.degree, index, "degree")
        expectClose(g.betweennessCentrality(), ref.betweenness, index, "betweenness")
        expectClose(g.closenessCentrality(), ref.closeness, index, "closeness")
        expectClose(try g.pageRank(), ref.pagerank, index, "pagerank")
        if let eigenvector = ref.eigenvector { expectClose(try g.eigenvectorCentrality(maxIterations: 1000), eigenvector, index, "eigenvector") }
        if let inDegree = ref.in_degree { expectClose(g.inDegreeCentrality(), inDegree, index, "in-degree") }
        if let outDegree = ref.out_degree { expectClose(g.outDegreeCentrality(), outDegree, index, "out-degree") }
    }

    @Test(arguments: ReferenceGraph.all)
    func componentsAndDiameter(_ ref: ReferenceGraph) throws {
        let (g, _) = try ref.analysis()
        #expect(Set(g.weakComponents()).count == ref.weak_components)
        if let strong = ref.strong_components { #expect(Set(g.strongComponents()).count == strong) }
        if let diameter = ref.diameter { #expect(g.diameterOfLargestComponent() == diameter) }
    }
}

/// NetworkX's paths between three pairs of each reference graph.
struct ReferencePaths: Decodable, Sendable {
    let source: String, target: String
    let all_shortest: [[String]]
    let k_shortest_lengths: [Int]
    let simple_paths_cutoff_4: Int
}

struct ReferencePathSet: Decodable, Sendable {
    let name: String
    let paths: [ReferencePaths]
    static let all: [String: [ReferencePaths]] = {
        struct File: Decodable { let graphs: [ReferencePathSet] }
        guard let url = Bundle.module.url(forResource: "Reference/reference", withExtension: "json"),
              let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else { return [:] }
        return Dictionary(uniqueKeysWithValues: file.graphs.map { ($0.name, $0.paths) })
    }()
}

@Suite("Differential tests: paths equal to NetworkX's")
struct PathDifferentialTests {
    @Test(arguments: ReferenceGraph.all)
    func allShortestKShortestAndSimplePaths(_ ref: ReferenceGraph) throws {
        let (g, index) = try ref.analysis()
        let names = Dictionary(uniqueKeysWithValues: index.map { ($0.value, $0.key) })
        let cases = try #require(ReferencePathSet.all[ref.name])
        #expect(cases.count == 3)
        for c in cases {
            let (s, t) = (index[c.source]!, index[c.target]!)
            let shortest = g.shortestPaths(from: s, to: t, limit: 10_000).map { $0.map { names[$0]! } }
            #expect(Set(shortest) == Set(c.all_shortest), "\(ref.name) \(c.source)→\(c.target)")
            #expect(g.kShortestPaths(from: s, to: t, k: 6).map { $0.count - 1 } == c.k_shortest_lengths, "\(ref.name) \(c.source)→\(c.target) k")
            var seen = Set<[Int]>()
            let count = g.simplePaths(from: s, to: t, maxLength: 4, limit: 1_000_000) { seen.insert($0).inserted }
            #expect(count == c.simple_paths_cutoff_4 && seen.count == count, "\(ref.name) \(c.source)→\(c.target) simple")
        }
    }
}

@Suite("Bidirectional search agrees with NetworkX on every pair")
struct BidirectionalTests {
    @Test(arguments: ReferenceGraph.all)
    func everyPair(_ ref: ReferenceGraph) throws {
        let (g, index) = try ref.analysis()
        let workspace = SearchWorkspace(nodeCount: g.nodeCount)
        for u in ref.nodes {
            for v in ref.nodes {
                let want = ref.shortest_path_lengths[u]?[v]
                #expect(g.distance(from: index[u]!, to: index[v]!, workspace: workspace) == want, "\(ref.name) \(u)→\(v)")
            }
        }
    }
}

@Suite("Betweenness on a multigraph view")
struct MultigraphBetweennessTests {
    /// a→b twice, a→c, b→d, c→d: of the three shortest a–d paths, two pass b and one c, as igraph counts.
    @Test func parallelArcsCountAsPaths() throws {
        var builder = GraphBuilder()
        let ids = try ["a", "b", "c", "d"].map { try builder.add(Node(slug: $0, kind: .person, name: $0)) }
        let (met, occurred) = (try builder.typeCode(.met), try builder.statusCode(.occurred))
        for (s, t) in [(0, 1), (0, 1), (0, 2), (1, 3), (2, 3)] {
            builder.appendEdge(source: ids[s].index, target: ids[t].index, type: met, status: occurred, date: 0, details: -1)
        }
        let graph = builder.build()
        let raw = { (view: AnalysisGraph) in view.betweennessCentrality().map { $0 * 3 * 2 } }  // undo 1/((n−1)(n−2))
        let multi = raw(AnalysisGraph(graph, directed: true, parallelEdges: true))
        let simple = raw(AnalysisGraph(graph, directed: true))
        #expect(abs(multi[1] - 2.0 / 3) < 1e-12 && abs(multi[2] - 1.0 / 3) < 1e-12)
        #expect(abs(simple[1] - 0.5) < 1e-12 && abs(simple[2] - 0.5) < 1e-12)
    }
}

@Suite("iFUB diameter equals the all-sources diameter")
struct DiameterTests {
    @Test(arguments: 0..<40)
    func randomGraphs(seed: Int) throws {
        // Sparse: paths, trees and cycles, where the levels are deep and iFUB works hardest.
        let (graph, n) = try RandomGraph.make(seed: seed + 1, nodes: 5...64) { n, next in
            (0..<(n - 1 + next(n / 2 + 1))).map { _ in let a = next(n); return (a, seed % 3 == 0 ? min(n - 1, a + 1) : next(n)) }
        }
        let g = AnalysisGraph(graph, directed: false)
        let labels = g.weakComponents()
        var sizes: [Int32: Int] = [:]
        for l in labels { sizes[l, default: 0] += 1 }
        let largest = sizes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })!.key
        let brute = (0..<n).filter { labels[$0] == largest }.map { Int(g.distances(from: $0).max() ?? 0) }.max() ?? 0
        #expect(g.diameterOfLargestComponent() == brute)
    }
}

@Suite("Weak components by Afforest")
struct WeakComponentTests {
    /// Sparse graphs (many components) and denser ones (a giant component and stragglers, where
    /// the second phase skips the giant): labels equal exactly when an undirected search links.
    @Test(arguments: 0..<40)
    func labelsAreComponentsNumberedBySmallestNode(seed: Int) throws {
        let (graph, n) = try RandomGraph.make(seed: seed + 7, nodes: seed % 2 == 0 ? 1...80 : 100...300) { n, next in
            (0..<next(seed % 2 == 0 ? n + 1 : 2 * n)).map { _ in (next(n), next(n)) }
        }
        let undirected = AnalysisGraph(graph, directed: false)
        let linked = (0..<n).map { undirected.distances(from: $0).map { $0 >= 0 } }
        for directed in [true, false] {
            let labels = AnalysisGraph(graph, directed: directed).weakComponents()
            for v in 0..<n {
                for w in 0..<n where (labels[v] == labels[w]) != linked[v][w] {
                    Issue.record("seed \(seed), directed \(directed): nodes \(v) and \(w) labelled \(labels[v]), \(labels[w])")
                }
            }
            var seen: Int32 = -1
            for v in 0..<n where labels[v] > seen { #expect(labels[v] == seen + 1); seen = labels[v] }
            #expect(Set(labels).count == Int(seen) + 1)
        }
    }
}

/// Seeded random multigraphs for the property tests: `arcs` picks the arcs from the node count
/// and a random number source.
enum RandomGraph {
    static func make(seed: Int, nodes: ClosedRange<Int>,
                     arcs: (Int, (Int) -> Int) -> [(Int, Int)]) throws -> (Graph, Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        var builder = GraphBuilder()
        let n = nodes.lowerBound + next(nodes.count)
        let ids = try (0..<n).map { try builder.add(Node(slug: "n\($0)", kind: .person, name: "N\($0)")) }
        let (met, occurred) = (try builder.typeCode(.met), try builder.statusCode(.occurred))
        for (a, b) in arcs(n, next) {
            builder.appendEdge(source: ids[a].index, target: ids[b].index, type: met, status: occurred, date: 0, details: -1)
        }
        return (builder.build(), n)
    }
}
