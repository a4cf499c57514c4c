import SummitGraph
import SummitQuery
import Testing

@Suite("--area: an area and everything under it")
struct AreaSelectionTests {
    static func area(_ name: String) -> CooperationArea { CooperationArea(unchecked: name) }

    @Test func anAreaMatchesItselfAndEveryAreaUnderIt() throws {
        let energy = try Selection(areas: [Self.area("energy")])
        #expect(energy.matchedAreas == Set(["energy", "hydropower", "renewable-energy", "solar-energy", "energy-efficiency"].map(Self.area)))
        for (areas, admitted) in [(["hydropower"], true), (["solar-energy"], true), (["trade", "energy-efficiency"], true),
                                  (["water"], false), ([], false)] {
            #expect(energy.admits(areas: areas.map(Self.area)) == admitted, "\(areas)")
        }
        #expect(try Selection(areas: [Self.area("renewable-energy")]).matchedAreas == Set(["renewable-energy", "solar-energy"].map(Self.area)))
        #expect(Selection.all.admits(areas: []), "no area selected: every edge")
        #expect(try Selection(areas: [Self.area("tourism")]).matchedAreas == [Self.area("tourism")], "an undeclared area matches itself")
    }

    @Test func theHierarchyHasTheIssuesAreas() {
        let schema = Schema.standard
        #expect(schema.areas(under: Self.area("water")) == Set(["water", "water-supply", "water-resources", "sanitation"].map(Self.area)))
        #expect(schema.areas(under: Self.area("economy")).isSuperset(of: ["supply-chains", "critical-minerals", "investment", "trade"].map(Self.area)))
        #expect(schema.ancestors(of: Self.area("solar-energy")) == ["renewable-energy", "energy"].map(Self.area))
        for name in ["political-dialogue", "youth", "women", "partnership-building", "institutional-capacity-building", "economic-security"] {
            #expect(schema.declares(Self.area(name)), "\(name)")
        }
        #expect(schema.area(namedBy: "Water Supply") == Self.area("water-supply"))
        #expect(schema.area(namedBy: "artificial intelligence") == Self.area("ai"))
        #expect(schema.area(namedBy: "tourism") == nil)
    }

    @Test func namesAreCheckedAgainstTheGraph() throws {
        var builder = GraphBuilder()
        let source = try builder.add(Source(slug: "s", file: "s", publisher: "p", published: nil, title: "t"))
        let a = try builder.add(Node(slug: "a", kind: .state, name: "A")), b = try builder.add(Node(slug: "b", kind: .state, name: "B"))
        try builder.add(Edge(slug: "e", type: .cooperatesWith, source: a, target: b, status: EdgeStatus(unchecked: "rumoured"),
                             areas: [Self.area("tourism")], citations: [Citation(source: source)]))
        let graph = builder.build()
        _ = try Selection(checking: graph, statuses: [EdgeStatus(unchecked: "rumoured")], areas: [Self.area("tourism"), Self.area("water")])
        #expect(throws: QueryError.self) { try Selection(checking: graph, areas: [Self.area("enrgy")]) }
        do {
            _ = try Selection(checking: graph, areas: [Self.area("water supply")])
        } catch {
            #expect(error.description.hasPrefix("invalid value 'water supply': no edge has this cooperation area; did you mean 'water-supply'? the cooperation areas are: economy, trade,"), "\(error)")
            #expect(error.description.hasSuffix(", institutional-capacity-building, tourism"), "the graph's own areas last")
        }
        #expect(throws: QueryError.self) { try Selection(checking: graph, statuses: [EdgeStatus(unchecked: "maybe")]) }
    }
}
