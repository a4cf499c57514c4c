import Foundation
import Testing
import SummitDataset
import SummitGraph
@testable import SummitIngest

/// A person named by a title alone who holds an office an earlier source left unnamed: the
/// person takes the office node's place (`fills NODE`), as the seeds merge "the President of
/// Turkmenistan" into Serdar Berdimuhamedov. Articles in our own words.
@Suite("Ingest: a new person in the place of an unnamed office")
struct OfficeHolderTests {
    typealias F = IngestFixture

    static let summit = """
        RIGA, March 8 - The Baltic Leaders' Summit opened in Riga on Friday. The summit was attended by \
        the Presidents of Lithuania, Latvia and Estonia.
        """
    static let estonianFollowUp = """
        TALLINN, March 12 - Estonia will open two new border crossings next year, the government in Tallinn \
        said on Tuesday. President Alar Karis, who attended the Baltic Leaders' Summit in Riga last week, \
        told Estonian lawmakers that the plan had wide support. Estonia's parliament is expected to vote on \
        the budget in April.
        """

    /// An empty dataset folder, then `texts` ingested and applied in turn, every row accepted;
    /// the last review file is returned with the folder.
    static func applied(_ texts: [(String, String)]) throws -> (URL, ReviewFile?) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-fills-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = ["sources.tsv": "id\tfile\tpublisher\tpublished\ttitle\n", "nodes.tsv": "id\tkind\tsubtype\tname\taliases\n",
                     "edges.tsv": "id\ttype\tsource\ttarget\tstatus\tdate\ttitle\tsources\n"]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        var last: ReviewFile? = nil
        for (n, (text, published)) in texts.enumerated() {
            var review = try F.review(text, published: published, graph: try DatasetLoader.load(directory: folder.path), source: "s\(n + 1)")
            for i in review.candidates.indices { review.candidates[i].decision = "accept" }
            _ = try ReviewApplier.apply(review, to: folder.path, write: true)
            last = review
        }
        return (folder, last)
    }

    @Test func theHolderTakesTheOfficesPlace() throws {
        let (folder, review) = try Self.applied([(Self.summit, "2024-03-08"), (Self.estonianFollowUp, "2024-03-12")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = try #require(review).candidates
        let karis = try #require(rows.first { $0.record == .node && $0.source == "alar-karis" })
        #expect(karis.match == "fills president-of-estonia")
        let attends = try #require(rows.first { $0.type == "participates_in" && $0.source == "alar-karis" })
        #expect(attends.match == "corroborates participates-in-president-of-estonia-baltic-leaders-summit")
        let graph = try DatasetLoader.load(directory: folder.path)
        #expect(graph.node(slug: "president-of-estonia") == nil)
        let person = try #require(graph.node(slug: "alar-karis"))
        let facts = graph.edges(of: person, direction: .out).map { "\(graph[$0].type.rawValue) \(graph[graph[$0].target].slug)" }.sorted()
        #expect(facts == ["head_of estonia", "participates_in baltic-leaders-summit"])
        #expect(graph.node(slug: "president-of-latvia") != nil, "the other offices stay unnamed")
        // Once applied, the article proposes nothing new.
        let again = try F.review(Self.estonianFollowUp, published: "2024-03-12", graph: graph, source: "s2")
        #expect(again.candidates.allSatisfy { $0.match.hasPrefix("corroborates") })
    }

    /// The in-memory merge (what the dev-set score measures) does the same.
    @Test func theMergeInMemoryAgrees() throws {
        var first = try F.review(Self.summit, published: "2024-03-08", source: "s1")
        for i in first.candidates.indices { first.candidates[i].decision = "accept" }
        let graph = try CandidateMerge.apply(first, to: F.empty).0
        var second = try F.review(Self.estonianFollowUp, published: "2024-03-12", graph: graph, source: "s2")
        for i in second.candidates.indices { second.candidates[i].decision = "accept" }
        let merged = try CandidateMerge.apply(second, to: graph).0
        #expect(merged.node(slug: "president-of-estonia") == nil && merged.nodeCount == graph.nodeCount + 1)
        let person = try #require(merged.node(slug: "alar-karis"))
        #expect(merged.edges(of: person, direction: .out).map { merged[merged[$0].target].slug }.sorted() == ["baltic-leaders-summit", "estonia"])
    }

    /// The state the article is about has no President (state-heads.tsv): the one state named
    /// that has one is the person's.
    @Test func aStateWithoutTheTitleIsNoCandidate() throws {
        let first = """
            TOKYO, May 2 - The Tokyo Water Summit opened in Tokyo on Thursday. The summit was attended by the President of Turkmenistan.
            """
        let second = """
            TOKYO, May 6 - Japan will host the next round of water talks, Japanese officials said on Monday. President \
            Rustam Atayev, who attended the Tokyo Water Summit last week, praised Japan's engineers. Japan's cabinet \
            approved the funding. Officials in Turkmenistan welcomed it.
            """
        let (folder, review) = try Self.applied([(first, "2024-05-02"), (second, "2024-05-06")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let row = try #require(review?.candidates.first { $0.record == .node && $0.source == "rustam-atayev" })
        #expect(row.match == "fills president-of-turkmenistan")
    }

    /// The state the article is about has the title but no office on record: the person is
    /// new, not the other state's unnamed prime minister.
    @Test func theArticlesOwnStateWithNoOfficeMakesNoFill() throws {
        let first = """
            HANOI, May 2 - The Mekong Partners Summit opened in Hanoi on Thursday. The summit was attended by the Prime Minister of Japan.
            """
        let second = """
            NEW DELHI, May 6 - India will double its Mekong credit line, India's foreign ministry said on Monday. Prime \
            Minister Narendra Modi, who attended the Mekong Partners Summit last week, told Indian exporters to \
            prepare. India's cabinet approved the plan. Japan's share was not discussed.
            """
        let (folder, review) = try Self.applied([(first, "2024-05-02"), (second, "2024-05-06")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let row = try #require(review?.candidates.first { $0.record == .node && $0.source == "narendra-modi" })
        #expect(row.match == "new-node")
        #expect(try DatasetLoader.load(directory: folder.path).node(slug: "prime-minister-of-japan") != nil)
    }

    /// Two states named as often: whose office it is is not known.
    @Test func anEvenSplitMakesNoFill() throws {
        let second = """
            VILNIUS, March 12 - Lithuania and Estonia will open two new border crossings next year, officials said \
            on Tuesday. President Alar Karis, who attended the Baltic Leaders' Summit in Riga last week, said \
            Lithuania and Estonia had agreed.
            """
        let (folder, review) = try Self.applied([(Self.summit, "2024-03-08"), (second, "2024-03-12")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let row = try #require(review?.candidates.first { $0.record == .node && $0.source == "alar-karis" })
        #expect(row.match == "new-node")
    }
}
