import Foundation
import Testing
import SummitGraph
@testable import SummitIngest

/// The held-out sets (HeldOut*/: articles about other diplomatic events, written for the tests,
/// each with a hand-written gold file), scored as the dev set is.
@Suite struct HeldOutTests {
    /// Every held-out folder: ``earlySets`` then ``laterSets`` (HeldOutTests+Sets.swift).
    static let sets = earlySets + laterSets

    @Test(arguments: sets) func scoresOnAHeldOutSet(_ set: Folder) throws {
        #expect(HeldOutSet.articles(in: set.folder).count == set.articles)
        let score = try HeldOutSet.run(folder: set.folder, base: GraphBuilder().build())
        print("\(set.name): precision \(score.total.precision), recall \(score.total.recall), statuses \(score.statusAccuracy)")
        #expect(score.total.precision >= set.precision)
        #expect(score.total.recall >= set.recall)
        #expect((score.misses + score.falsePositives).allSatisfy { !$0.article.isEmpty && !$0.cause.isEmpty })
    }

    @Test func goldFilesAreCheckedAndSpellingsAreOneNode() throws {
        #expect(throws: IngestError.self) { try HeldOutSet.gold("met\tA\tB\n", file: "x.gold.tsv") }
        #expect(throws: IngestError.self) { try HeldOutSet.gold("greeted\tA\tB\toccurred\n", file: "x.gold.tsv") }
        #expect(throws: IngestError.self) { try HeldOutSet.gold("met\tA\tB\thappened\n", file: "x.gold.tsv") }
        let facts = try HeldOutSet.gold("# comment\nvisits\tAna Ruiz\tPeru|Lima\toccurred\nhead_of\tAna Ruiz\tPeru\tongoing\n", file: "x.gold.tsv")
        #expect(facts == [HeldOutSet.Fact(type: "visits", source: ["Ana Ruiz"], target: ["Peru", "Lima"], status: "occurred"),
                          HeldOutSet.Fact(type: "head_of", source: ["Ana Ruiz"], target: ["Peru"], status: "ongoing")])
        // No result: the first spellings, and "Peru" is one node for both facts.
        let expected = try HeldOutSet.expectedGraph(facts, result: GraphBuilder().build())
        #expect(expected.nodeIDs.map { expected[$0].name } == ["Ana Ruiz", "Peru"])
    }

    @Test func aGoldNameWithoutLettersIsStillANode() throws {
        // A name without letters has an empty slug and folds to the empty key: one node for both.
        let facts = [HeldOutSet.Fact(type: "met", source: ["—"], target: ["Peru"], status: "occurred"),
                     HeldOutSet.Fact(type: "met", source: ["…"], target: ["Peru"], status: "occurred")]
        let expected = try HeldOutSet.expectedGraph(facts, result: GraphBuilder().build())
        #expect(expected.nodeIDs.count == 2 && expected.edgeIDs.count == 2)  // "—" and "…" fold alike
    }

    @Test func scoresSumOverArticlesWithTheirNames() {
        let c = DevSetScore.Count(type: "met", expected: 2, proposed: 1, correct: 1)
        let item = DevSetScore.Item(type: "met", source: "a", target: "b", status: "occurred", cause: "x")
        var one = DevSetScore(result: GraphBuilder().build(), expected: GraphBuilder().build())
        (one.byType, one.total, one.misses) = ([c], c, [item])
        one.label(article: "01")
        let sum = DevSetScore(summing: [one, one])
        #expect(sum.total.expected == 4 && sum.total.correct == 2 && sum.byType == [DevSetScore.Count(type: "met", expected: 4, proposed: 2, correct: 2)])
        #expect(sum.misses.map(\.article) == ["01", "01"])
    }
}
