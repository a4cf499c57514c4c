import Foundation
import Testing
import SummitGraph
@testable import SummitIngest

/// The held-out set (HeldOut/: articles about other diplomatic events, written for the tests,
/// each with a hand-written gold file), scored as the dev set is.
@Suite struct HeldOutTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HeldOut").path

    /// The target: precision 0.90 before review; recall is held where it is measured, so a
    /// change cannot lose it unseen; precision is held where it is measured too. Measured at this
    /// commit: precision 1.000 (81 of 81), recall 0.609.
    static let floor = (precision: 1.00, recall: 0.60)

    @Test func scoresOnTheHeldOutSet() throws {
        #expect(HeldOutSet.articles(in: Self.folder).count == 16)
        let score = try HeldOutSet.run(folder: Self.folder, base: GraphBuilder().build())
        print("held-out set: precision \(score.total.precision), recall \(score.total.recall), statuses \(score.statusAccuracy)")
        #expect(score.total.precision >= Self.floor.precision)
        #expect(score.total.recall >= Self.floor.recall)
        #expect((score.misses + score.falsePositives).allSatisfy { !$0.article.isEmpty && !$0.cause.isEmpty })
    }

    /// The second set (HeldOut2/), written after the rules were fixed against the first; first
    /// scored at precision 0.848, recall 0.475 before any rule was changed for it; at this commit
    /// 0.968 (30 of 31; the one false positive a palace the gold leaves out), recall 0.508.
    static let second = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HeldOut2").path
    static let secondFloor = (precision: 0.96, recall: 0.50)

    @Test func scoresOnTheSecondHeldOutSet() throws {
        #expect(HeldOutSet.articles(in: Self.second).count == 8)
        let score = try HeldOutSet.run(folder: Self.second, base: GraphBuilder().build())
        print("second held-out set: precision \(score.total.precision), recall \(score.total.recall), statuses \(score.statusAccuracy)")
        #expect(score.total.precision >= Self.secondFloor.precision)
        #expect(score.total.recall >= Self.secondFloor.recall)
    }

    /// The third set (HeldOut3/): ten articles in the manners of different outlets (wire, agency,
    /// state media, a press release, Japanese and Kazakh press, an analysis, a roundup), written
    /// after the rules were fixed against the first two; first scored at precision 0.902 (46 of
    /// 51), recall 0.414 before any rule was changed for it; at this commit 0.970 (64 of 66; the
    /// two false positives a hall and a host's adoption its gold, as first written, leaves out),
    /// recall 0.577.
    static let third = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HeldOut3").path
    static let thirdFloor = (precision: 0.96, recall: 0.57)

    @Test func scoresOnTheThirdHeldOutSet() throws {
        #expect(HeldOutSet.articles(in: Self.third).count == 10)
        let score = try HeldOutSet.run(folder: Self.third, base: GraphBuilder().build())
        print("third held-out set: precision \(score.total.precision), recall \(score.total.recall), statuses \(score.statusAccuracy)")
        #expect(score.total.precision >= Self.thirdFloor.precision)
        #expect(score.total.recall >= Self.thirdFloor.recall)
    }

    /// The fourth set (HeldOut4/): twelve articles whose gold was written by someone who never read
    /// the rules, before any run; first scored at precision 0.851 (57 of 67), recall 0.322, then
    /// 0.848 (67 of 79), recall 0.379 with the recall rules written without it (still blind); at
    /// this commit, after the counterpart and verb-as-noun guards it prompted, 0.920 (69 of 75),
    /// recall 0.390.
    static let fourth = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HeldOut4").path
    static let fourthFloor = (precision: 0.90, recall: 0.38)

    @Test func scoresOnTheFourthHeldOutSet() throws {
        #expect(HeldOutSet.articles(in: Self.fourth).count == 12)
        let score = try HeldOutSet.run(folder: Self.fourth, base: GraphBuilder().build())
        print("fourth held-out set: precision \(score.total.precision), recall \(score.total.recall), statuses \(score.statusAccuracy)")
        #expect(score.total.precision >= Self.fourthFloor.precision)
        #expect(score.total.recall >= Self.fourthFloor.recall)
    }

    @Test func goldFilesAreCheckedAndSpellingsAreOneNode() throws {
        #expect(throws: IngestError.self) { try HeldOutSet.gold("met\tA\tB\n", file: "x.gold.tsv") }
        #expect(throws: IngestError.self) { try HeldOutSet.gold("greeted\tA\tB\toccurred\n", file: "x.gold.tsv") }
        #expect(throws: IngestError.self) { try HeldOutSet.gold("met\tA\tB\thappened\n", file: "x.gold.tsv") }
        let facts = try HeldOutSet.gold("# comment\nvisits\tAna Ruiz\tPeru|Lima\toccurred\nhead_of\tAna Ruiz\tPeru\tongoing\n", file: "x.gold.tsv")
        #expect(facts == [HeldOutSet.Fact(type: "visits", source: ["Ana Ruiz"], target: ["Peru", "Lima"], status: "occurred"),
                          HeldOutSet.Fact(type: "head_of", source: ["Ana Ruiz"], target: ["Peru"], status: "ongoing")])
        // No result: the first spellings, and "Peru" is one node for both facts.
        let expected = HeldOutSet.expectedGraph(facts, result: GraphBuilder().build())
        #expect(expected.nodeIDs.map { expected[$0].name } == ["Ana Ruiz", "Peru"])
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
