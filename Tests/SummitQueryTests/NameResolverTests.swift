import SummitGraph
import SummitQuery
import Testing

@Suite("Name resolution on the seeds")
struct NameResolverTests {
    let resolver = NameResolver(graph: Seeds.graph)

    @Test(arguments: [
        ("Rahmon", "emomali-rahmon"), ("rahmon", "emomali-rahmon"), ("Emomali Rahmon", "emomali-rahmon"),
        ("EMOMALI RAHMON", "emomali-rahmon"), ("emomali-rahmon", "emomali-rahmon"), ("Эмомали Рахмон", "emomali-rahmon"),
        ("рахмон", "emomali-rahmon"), ("aso", "taro-aso"), ("Taro Aso", "taro-aso"), ("takaichi", "sanae-takaichi"),
        ("japan", "japan"), ("Japan", "japan"), ("徳仁", "naruhito"), ("Berdimuhamedov", "serdar-berdimuhamedov"),
        ("Tokyo Declaration", "tokyo-declaration"), ("tokyo", "tokyo"), ("METI", "meti"), ("Shōsōin", "shosoin"),
        ("President of Kazakhstan", "president-of-kazakhstan"), ("C5+1", "central-asia-japan-dialogue"),
        ("C5+1 summit", "summit-2025-tokyo"),
    ])
    func resolves(_ query: String, _ slug: String) throws {
        #expect(Seeds.graph[try resolver.resolve(query)].slug == slug)
    }

    /// Office phrases mean whoever holds the office, through `head_of` and `holds_role` edges that
    /// are not `historical`; the place by its name, an alias or a demonym from the gazetteer.
    @Test(arguments: [
        ("President of Tajikistan", "emomali-rahmon"), ("the President of Tajikistan", "emomali-rahmon"),
        ("Tajik President", "emomali-rahmon"), ("Emperor of Japan", "naruhito"), ("Japanese Emperor", "naruhito"),
        ("the Japanese Emperor", "naruhito"), ("Japan's Emperor", "naruhito"), ("President of Turkmenistan", "serdar-berdimuhamedov"),
        ("Prime Minister of Japan", "sanae-takaichi"), ("Japanese Prime Minister", "sanae-takaichi"),
        ("the Kazakh president", "president-of-kazakhstan"), ("Deputy Leader of the Liberal Democratic Party", "taro-aso"),
        ("Deputy Leader of the LDP", "taro-aso"),
        // Exact names still come first: the press service is not its president.
        ("Press service of the President of Tajikistan", "tajik-presidential-press-service"),
        // A demonym alone is its state.
        ("Tajik", "tajikistan"), ("Japanese", "japan"), ("Turkmen", "turkmenistan"),
    ])
    func officePhrasesMeanTheirHolder(_ query: String, _ slug: String) throws {
        #expect(Seeds.graph[try resolver.resolve(query)].slug == slug)
    }

    /// A former office names nobody: Aso was Prime Minister (historical), so the phrase names
    /// Takaichi alone; an office no edge records is no office phrase at all.
    @Test func formerHoldersAndUnheldOfficesNameNobody() throws {
        #expect(Seeds.graph[try resolver.resolve("Prime Minister of Japan")].slug == "sanae-takaichi")
        #expect(throws: QueryError.self) { try resolver.resolve("King of Japan") }
    }

    @Test func anAmbiguousWordListsEveryCandidateWithIdAndKind() {
        #expect {
            try resolver.resolve("president")
        } throws: { error in
            guard case QueryError.ambiguousName(let query, let candidates) = error else { return false }
            return query == "president"
                && candidates.map(\.id) == ["president-of-kazakhstan", "president-of-kyrgyzstan", "president-of-uzbekistan",
                                             "tajik-presidential-press-service"]
                && candidates.map(\.kind) == [.position, .position, .position, .organization]
        }
    }

    @Test func anUnknownNameSuggestsTheClosest() {
        #expect {
            try resolver.resolve("Rahmn")
        } throws: { error in
            guard case QueryError.unknownName(_, let suggestions) = error else { return false }
            return suggestions.first?.id == "emomali-rahmon"
        }
        #expect {
            try resolver.resolve("Takaici")
        } throws: { error in
            guard case QueryError.unknownName(_, let suggestions) = error else { return false }
            return suggestions.first?.id == "sanae-takaichi"
        }
    }

    /// Whole names first: a misspelt state suggests the state, not an office or route one of whose words it is near.
    @Test(arguments: [
        ("Kazakstan", ["kazakhstan"]), ("Tokio", ["tokyo"]), ("Europa", ["europe"]), ("Tajiks", ["tajikistan"]),
        ("Tadjik", ["tajikistan"]), ("Uzbekistn", ["uzbekistan"]), ("高市", ["sanae-takaichi"]), ("早苗", ["sanae-takaichi"]),
        ("Takaichy", ["sanae-takaichi"]), ("Tokyo Sumit", ["summit-2025-tokyo"]),
    ])
    func suggestionsRankWholeNamesFirst(_ query: String, _ expected: [String]) {
        #expect(resolver.suggestions(for: query).map(\.id) == expected)
    }

    @Test func upToThreeSuggestions() {
        // "Aso" and "Aso Taro" both a step from "Aso Tar": one node, offered once.
        #expect(resolver.suggestions(for: "Aso Tar").map(\.id) == ["taro-aso"])
        let many = resolver.suggestions(for: "Summit")
        #expect(many.count <= 3)
        let error = QueryError.unknownName("高市", suggestions: resolver.suggestions(for: "高市"))
        #expect(error.description == "no node is named '高市'; did you mean '高市早苗' (Sanae Takaichi, sanae-takaichi)?")
    }

    @Test func nothingCloseGivesNoSuggestion() {
        #expect(throws: QueryError.unknownName("qqqqqqqq", suggestions: [])) { try resolver.resolve("qqqqqqqq") }
    }
}
