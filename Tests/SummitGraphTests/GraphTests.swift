import SummitGraph
import Testing

/// a → b (met), a → b (cooperates_with, parallel), b → c, c → c (self-loop), d isolated.
func smallGraph() throws -> Graph {
    var builder = GraphBuilder()
    let source = try builder.add(Source(slug: "s", file: "s.txt", publisher: "P",
                                        published: FuzzyDate(year: 2025)!, title: "T"))
    let cite = [Citation(source: source)]
    let a = try builder.add(Node(slug: "a", kind: .person, name: "A"))
    let b = try builder.add(Node(slug: "b", kind: .person, name: "B"))
    let c = try builder.add(Node(slug: "c", kind: .state, name: "C"))
    try builder.add(Node(slug: "d", kind: .place, name: "D"))
    try builder.add(Edge(slug: "ab-met", type: .met, source: a, target: b, status: .occurred, citations: cite))
    try builder.add(Edge(slug: "ab-coop", type: .cooperatesWith, source: a, target: b, status: .ongoing, citations: cite))
    try builder.add(Edge(slug: "bc", type: .headOf, source: b, target: c, status: .ongoing, citations: cite))
    try builder.add(Edge(slug: "cc", type: .partOf, source: c, target: c, status: .ongoing, citations: cite))
    return builder.build()
}

@Suite("Graph core: interning, CSR adjacency, lookups")
struct GraphTests {
    @Test func lookupsBySlug() throws {
        let g = try smallGraph()
        let b = try #require(g.node(slug: "b"))
        #expect(g[b].name == "B")
        #expect(g.node(slug: "nope") == nil)
        #expect(g[try #require(g.edge(slug: "bc"))].target == g.node(slug: "c"))
        #expect(g.source(slug: "s") == SourceID(0))
    }

    @Test func adjacencyKeepsParallelEdgesInEdgeOrder() throws {
        let g = try smallGraph()
        let a = g.node(slug: "a")!, b = g.node(slug: "b")!
        #expect(g.outgoingEdges(of: a).map { g[$0].slug } == ["ab-met", "ab-coop"])
        #expect(g.incomingEdges(of: b).map { g[$0].slug } == ["ab-met", "ab-coop"])
        #expect(g.edges(of: b).map { g[$0].slug } == ["bc", "ab-met", "ab-coop"])
        #expect(g.neighbors(of: a) == [b])
        #expect(g.neighbors(of: b, via: [.headOf]) == [g.node(slug: "c")!])
        #expect(g.neighbors(of: b, direction: .out) == [g.node(slug: "c")!])
    }

    @Test func degreesCountParallelEdgesAndSelfLoopsOnce() throws {
        let g = try smallGraph()
        let c = g.node(slug: "c")!, d = g.node(slug: "d")!
        #expect(g.degree(of: g.node(slug: "a")!) == 2)
        #expect(g.degree(of: c) == 2)  // bc in, cc once
        #expect(g.degree(of: c, direction: .out) == 1)
        #expect(g.degree(of: c, direction: .in) == 2)
        #expect(g.degree(of: d) == 0)
        #expect(g.neighbors(of: c) == [g.node(slug: "b")!])
    }

    @Test func builderRejectsDuplicatesAndDanglingIDs() throws {
        var builder = GraphBuilder()
        try builder.add(Node(slug: "a", kind: .person, name: "A"))
        #expect(throws: GraphError.duplicateSlug("a", element: "node")) {
            try builder.add(Node(slug: "a", kind: .state, name: "A2"))
        }
        #expect(throws: GraphError.unknownNode(NodeID(7))) {
            try builder.add(Edge(slug: "x", type: .met, source: NodeID(0), target: NodeID(7), status: .occurred, citations: []))
        }
        #expect(throws: GraphError.unknownSource(SourceID(0))) {
            try builder.add(Edge(slug: "y", type: .met, source: NodeID(0), target: NodeID(0), status: .occurred,
                                 citations: [Citation(source: SourceID(0))]))
        }
    }

    @Test(arguments: [("emomali-rahmon", true), ("a", true), ("summit-2025", true), ("-a", false), ("a-", false),
                      ("a--b", false), ("A", false), ("a_b", false), ("", false), ("é", false)])
    func slugs(_ text: String, _ valid: Bool) {
        #expect(Slug.isValid(text) == valid)
    }
}

@Suite("Name keys and spelling suggestions")
struct NameTests {
    @Test func foldsCaseDiacriticsAndPunctuation() {
        #expect(NameKey("Émomali  RAHMON").text == "emomali rahmon")
        #expect(NameKey("Central Asia + Japan").text == "central asia japan")
        #expect(NameKey("Bruno Béllo") == NameKey("bruno bello"))
        #expect(NameKey("Эмомали Рахмон").tokens == ["эмомали", "рахмон"])
        #expect(NameKey("徳仁").text == "徳仁")
        #expect(NameKey("+++").isEmpty)
    }

    @Test func distances() {
        #expect(Spelling.distance("kitten", "sitting") == 3)
        #expect(Spelling.distance("rahmon", "rahmno") == 1)  // transposition
        #expect(Spelling.distance("abc", "abcdef", limit: 2) == nil)
        #expect(Spelling.distance("", "ab") == 2)
    }

    @Test func closestKeepsOrderAndLimits() {
        #expect(Spelling.closest(to: "rahmn", among: ["naruhito", "rahmon", "rahman"]) == ["rahmon", "rahman"])
        #expect(Spelling.closest(to: "bruno-belo", among: ["alice-ames", "bruno-bello"]) == ["bruno-bello"])
        #expect(Spelling.closest(to: "zzzz", among: ["rahmon"]).isEmpty)
    }
}

@Suite("Degrees from the offsets")
struct DegreesTests {
    @Test func degreesMatchDegreeOfEachNode() throws {
        let g = try smallGraph()
        for direction in [Direction.out, .in, .both] {
            #expect(g.degrees(direction: direction) == g.nodeIDs.map { g.degree(of: $0, direction: direction) })
        }
        #expect(g.degrees() == [2, 3, 2, 0], "c's self-loop counts once")
    }
}
