import SummitGraph
import SummitQuery
import Testing

@Suite("Neighbourhoods and selections")
struct NeighborhoodTests {
    func names(_ n: Neighborhood) -> [String] { n.members.map { Seeds.graph[$0.node].slug } }

    @Test func rahmonsDirectNeighbours() throws {
        let n = try Seeds.graph.neighborhood(of: Seeds.id("emomali-rahmon"))
        #expect(Set(names(n)) == ["japan", "naruhito", "sanae-takaichi", "summit-dinner-2025-12-19",
                                  "summit-2025-tokyo", "tajikistan", "taro-aso", "tokyo-declaration"])
        #expect(n.members.allSatisfy { $0.depth == 1 && !$0.edges.isEmpty })
    }

    @Test func filtersByTypeStatusKindAndDirection() throws {
        let rahmon = Seeds.id("emomali-rahmon")
        let met = try Seeds.graph.neighborhood(of: rahmon, selection: Selection(types: [.met]))
        #expect(Set(names(met)) == ["naruhito", "taro-aso", "sanae-takaichi"])
        let occurred = try Seeds.graph.neighborhood(of: rahmon, selection: Selection(types: [.met], statuses: [.occurred]))
        #expect(Set(names(occurred)) == ["naruhito", "taro-aso"])
        let out = try Seeds.graph.neighborhood(of: rahmon, selection: Selection(types: [.met], direction: .out))
        #expect(Set(names(out)) == ["naruhito", "taro-aso"])
        let states = try Seeds.graph.neighborhood(of: rahmon, selection: Selection(kinds: [.state]))
        #expect(Set(names(states)) == ["japan", "tajikistan"])
    }

    @Test func dateWindowsKeepOverlappingDatedEdgesOnly() throws {
        let rahmon = Seeds.id("emomali-rahmon")
        let day = try FuzzyDate(parsing: "2025-12-19")
        let n = try Seeds.graph.neighborhood(of: rahmon, selection: Selection(from: day, to: day))
        // The planned meeting and the summit are dated 19–20 December, which overlaps the 19th;
        // the declaration's adoption (the 20th) does not.
        #expect(Set(names(n)) == ["japan", "naruhito", "taro-aso", "sanae-takaichi", "summit-dinner-2025-12-19", "summit-2025-tokyo"])
        let later = try Seeds.graph.neighborhood(of: rahmon, selection: Selection(from: FuzzyDate(parsing: "2026")))
        #expect(later.members.isEmpty)
    }

    @Test func depthTwoReachesThroughTheSummit() throws {
        let n = try Seeds.graph.neighborhood(of: Seeds.id("emomali-rahmon"), depth: 2)
        let berdimuhamedov = try #require(n.members.first { Seeds.graph[$0.node].slug == "serdar-berdimuhamedov" })
        #expect(berdimuhamedov.depth == 2)
        // Reached through the summit, the dinner and the planned meeting with Takaichi? No: only
        // edges from depth-1 nodes count, and Takaichi is at depth 1.
        let via = Set(berdimuhamedov.edges.map { Seeds.graph[$0].slug })
        #expect(via == ["attends-berdimuhamedov-summit", "attends-berdimuhamedov-dinner", "met-takaichi-berdimuhamedov",
                       "adopted-berdimuhamedov-tokyo-declaration"])
        #expect(n.members.map(\.depth) == n.members.map(\.depth).sorted())
    }

    @Test func invalidArgumentsAreRejected() throws {
        #expect(throws: QueryError.self) { try Seeds.graph.neighborhood(of: Seeds.id("japan"), depth: 0) }
        #expect(throws: QueryError.self) {
            try Selection(from: FuzzyDate(parsing: "2026"), to: FuzzyDate(parsing: "2025"))
        }
    }

    @Test func statsCountTheSeeds() {
        let stats = GraphStats(Seeds.graph)
        #expect(stats.nodes == Seeds.graph.nodes.count)
        #expect(stats.nodesByKind.reduce(0) { $0 + $1.count } == stats.nodes)
        #expect(stats.edgesByType.reduce(0) { $0 + $1.count } == stats.edges)
        #expect(stats.edgesByStatus.map(\.name) == ["occurred", "planned", "ongoing", "historical"])
        #expect(stats.components >= 1 && stats.largestComponent <= stats.nodes)
    }
}
