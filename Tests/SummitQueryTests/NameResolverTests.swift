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
        ("President of Kazakhstan", "president-of-kazakhstan"),
    ])
    func resolves(_ query: String, _ slug: String) throws {
        #expect(Seeds.graph[try resolver.resolve(query)].slug == slug)
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

    @Test func nothingCloseGivesNoSuggestion() {
        #expect(throws: QueryError.unknownName("qqqqqqqq", suggestions: [])) { try resolver.resolve("qqqqqqqq") }
    }
}
