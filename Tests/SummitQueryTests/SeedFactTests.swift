import SummitGraph
import SummitQuery
import Testing

@Suite("Facts from the articles, pinned in the seeds")
struct SeedFactTests {
    @Test func rahmonMetNaruhitoAndAsoInTokyoOnThe19th() throws {
        for (other, sources) in [("naruhito", ["trend-1219", "gulf-observer"]), ("taro-aso", ["gulf-observer"])] {
            let met = Seeds.edges(.met, from: "emomali-rahmon", to: other)
            let edge = try #require(met.first, "Rahmon met \(other)")
            #expect(met.count == 1)
            #expect(edge.date?.description == "2025-12-19")
            #expect(edge.place == Seeds.id("tokyo"))
            #expect(edge.status == .occurred)
            #expect(Seeds.sources(of: edge) == sources)
            #expect(edge.citations.allSatisfy { $0.paraphrase?.isEmpty == false })
        }
    }

    @Test func theSixStatesTakePartInTheDialogue() {
        for state in ["japan", "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"] {
            let edges = Seeds.edges(.participatesIn, from: state, to: "central-asia-japan-dialogue")
            #expect(edges.count == 1, "\(state)")
            #expect(edges.first?.role == .member)
        }
    }

    @Test func takaichiChairsTheSummitAndJapanHostsIt() {
        let chairs = Seeds.edges(.chairs, from: "sanae-takaichi", to: "summit-2025-tokyo")
        #expect(chairs.count == 1)
        #expect(Set(chairs.flatMap(Seeds.sources)) == ["jiji", "tashlieva"])
        #expect(Seeds.edges(.hosts, from: "japan", to: "summit-2025-tokyo").count == 1)
    }

    @Test func theTokyoDeclarationWasAdoptedAtTheSummit() throws {
        let adopted = try #require(Seeds.edges(.adopted, from: "summit-2025-tokyo", to: "tokyo-declaration").first)
        #expect(adopted.status == .occurred)
        #expect(Set(Seeds.sources(of: adopted)) == ["jiji", "tashlieva"])
    }

    @Test func berdimuhamedovProposedTheYouthAndWomenPlatforms() {
        for platform in ["youth-dialogue-platform", "women-dialogue-platform"] {
            let proposed = Seeds.edges(.proposed, from: "serdar-berdimuhamedov", to: platform)
            #expect(proposed.count == 1, "\(platform)")
            #expect(proposed.first.map(Seeds.sources) == ["tashlieva"])
            #expect(Seeds.graph[Seeds.id(platform)].subtype == "platform")
        }
    }

    @Test func theSummitDatesConflictStaysVisible() throws {
        let held = Seeds.edges(.heldIn, from: "summit-2025-tokyo", to: "tokyo")
        #expect(held.map { $0.date?.description ?? "" }.sorted() == ["2025-12-19/2025-12-20", "2025-12-20"])
        let conflict = try #require(Seeds.graph.conflicts.first { $0.slug == "summit-dates" })
        #expect(conflict.field == .date)
        #expect(conflict.subjects.count >= 2)
    }

    /// One article's label is an alias, so a reader who meets it finds the format; the conflict
    /// that disputes it names the Dialogue and its summit.
    @Test func c5Plus1IsADisputedAlias() throws {
        let dialogue = Seeds.graph[Seeds.id("central-asia-japan-dialogue")]
        #expect(dialogue.aliases.contains("C5+1"))
        #expect(Seeds.graph[Seeds.id("summit-2025-tokyo")].aliases.contains("C5+1 summit"))
        #expect(Seeds.graph.conflicts.contains { $0.field == .name && $0.subjects.contains(.node(Seeds.id("central-asia-japan-dialogue"))) })
    }

    @Test func plannedMeetingsArePlanned() {
        let planned = Seeds.edges(.met, from: "sanae-takaichi", to: "emomali-rahmon")
        #expect(planned.map(\.status) == [.planned])
    }

    @Test func everyEdgeHasASourceAndEveryCitationAParaphrase() {
        for edge in Seeds.graph.edges {
            #expect(!edge.citations.isEmpty, "\(edge.slug)")
        }
    }

    @Test func everyArticleIsCited() {
        let cited = Set(Seeds.graph.edges.flatMap(\.sources))
        #expect(cited.count == Seeds.graph.sources.count)
        #expect(Seeds.graph.sources.map(\.file).sorted() == [
            "000_de5293a563c96035.txt", "001_c6bdc3db3d79079d.txt", "002_ca98833b022c7517.txt",
            "003_29c4780d0d11c3d6.txt", "004_3b8ffcd55c82f841.txt",
        ])
    }
}
