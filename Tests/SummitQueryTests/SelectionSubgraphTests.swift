import SummitGraph
import SummitQuery
import Testing
import TestSupport

/// `selecting(_:focus:depth:)` reads only the kept nodes' rows, and decides types, statuses and
/// areas once per code; it must keep exactly what the definition keeps: every admitted edge of
/// the whole graph whose ends are both kept, in order.
@Suite("Ego selections equal their definition")
struct SelectionSubgraphTests {
    static let areas = ["energy", "hydropower", "solar-energy", "water", "sanitation", "trade", "tourism"].map(CooperationArea.init(unchecked:))

    static func randomGraph(seed: UInt64) throws -> Graph {
        var random = SeededRandom(seed: seed)
        func next(_ n: Int) -> Int { random.below(n) }
        var b = GraphBuilder()
        let source = try b.add(Source(slug: "s", file: "s.txt", publisher: "P", published: nil, title: "T"))
        let count = 20 + next(40)
        let ids = try (0..<count).map { i in
            try b.add(Node(slug: "n\(i)", kind: NodeKind.allCases[next(NodeKind.allCases.count)], name: "Node \(i)"))
        }
        for i in 0..<(count * 3) {
            let date = next(3) == 0 ? nil : DateSpan(FuzzyDate(year: 2020 + next(6), month: 1 + next(12), day: 1 + next(28))!)
            try b.add(Edge(slug: "e\(i)", type: [EdgeType.met, .supports, .participatesIn][next(3)], source: ids[next(count)],
                           target: ids[next(count)], status: [EdgeStatus.occurred, .planned][next(2)], date: date,
                           areas: Array(Set((0..<next(3)).map { _ in Self.areas[next(Self.areas.count)] })).sorted(),
                           citations: [Citation(source: source)]))
        }
        return b.build()
    }

    @Test(arguments: 1...25 as ClosedRange<UInt64>)
    func egoNetworksKeepEveryAdmittedEdgeBetweenKeptNodes(seed: UInt64) throws {
        let graph = try Self.randomGraph(seed: seed)
        let selections = try [Selection(), Selection(types: [.met, .supports]), Selection(statuses: [.planned]),
                          Selection(kinds: [.person, .state, .initiative]),
                          Selection(from: try FuzzyDate(parsing: "2022"), to: try FuzzyDate(parsing: "2024-06")),
                          Selection(areas: [CooperationArea(unchecked: "energy")]),
                          Selection(statuses: [.planned], areas: [CooperationArea(unchecked: "water"), CooperationArea(unchecked: "tourism")])]
        for (s, selection) in selections.enumerated() {
            for depth in 1...3 {
                let focus = NodeID(Int(seed) % graph.nodeCount)
                let around = try graph.neighborhood(of: focus, depth: depth, selection: selection)
                let kept = Set(around.members.map(\.node)).union([focus])
                let expected = graph.subgraph(nodes: kept, edges: graph.edgeIDs.filter { selection.admits(graph[$0]) })
                let ego = try graph.selecting(selection, focus: focus, depth: depth)
                #expect(Array(ego.nodes) == Array(expected.nodes), "seed \(seed), selection \(s), depth \(depth): nodes")
                #expect(Array(ego.edges) == Array(expected.edges), "seed \(seed), selection \(s), depth \(depth): edges")
            }
            // Without a focus: nodes of admitted kinds, and for a selection by edges only those its
            // edges touch (unless isolated nodes are kept).
            let ofKind = Set(graph.nodeIDs.filter { selection.admits(graph[$0]) })
            let chosen = graph.edgeIDs.filter {
                selection.admits(graph[$0]) && ofKind.contains(graph[$0].source) && ofKind.contains(graph[$0].target)
            }
            let touched = Set(chosen.flatMap { [graph[$0].source, graph[$0].target] })
            for keepingIsolated in [false, true] {
                let whole = try graph.selecting(selection, keepingIsolated: keepingIsolated)
                let expected = graph.subgraph(nodes: selection.filtersEdges && !keepingIsolated ? touched : ofKind, edges: chosen)
                #expect(Array(whole.nodes) == Array(expected.nodes), "seed \(seed), selection \(s), \(keepingIsolated): the whole graph's nodes")
                #expect(Array(whole.edges) == Array(expected.edges), "seed \(seed), selection \(s), \(keepingIsolated): the whole graph's edges")
            }
        }
    }
}
