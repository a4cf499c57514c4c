import Foundation
import Testing

@Suite("search and sources, end to end")
struct SearchSourcesTests {
    private func search(_ arguments: String..., data: String = CLI.fixture) throws -> CLIResult {
        try CLI.run(["search"] + arguments + ["--data", data])
    }

    /// The first column of each TSV row after the header, with the row's id.
    private func ranking(_ result: CLIResult) -> [String] {
        result.stdout.split(separator: "\n").dropFirst().map {
            let fields = $0.split(separator: "\t", omittingEmptySubsequences: false)
            return "\(fields[0]) \(fields[4])"
        }
    }

    @Test func searchRanksExactThenWordPrefixThenSubstringThenDetails() throws {
        #expect(ranking(try search("Alice Ames", "--format", "tsv")) == ["exact alice-ames"])
        #expect(ranking(try search("ames", "--format", "tsv")) == ["word-prefix alice-ames", "word-prefix marta-ames"])
        #expect(ranking(try search("land", "--format", "tsv"))
                == ["substring norland", "substring president-of-sudland", "substring sudland"])
        // The summit's name starts with the word; Norland only has it in an attribute.
        let north = try search("NORTH", "--format", "tsv")
        #expect(ranking(north) == ["word-prefix forum-2025", "detail norland"])
        try expectSnapshot(try search("north").stdout, "search-north.txt")
        try expectSnapshot(try search("north", "--format", "json").stdout, "search-north.json")
    }

    @Test func searchFoldsAccentsAndFindsEdgeDetails() throws {
        let bello = try search("béllo", "--format", "tsv")
        #expect(ranking(bello) == ["word-prefix bruno-bello"])
        #expect(ranking(try search("bello", "--format", "tsv")) == ranking(bello))
        let energy = try search("Energy", "--format", "tsv")
        #expect(energy.stdout.contains("detail\tarea\tenergy\tedge\tcoop-north-south\tNorland cooperates_with Sudland\t\tnorland\tsudland\n"))
        #expect(ranking(try search("one day", "--format", "tsv")) == ["detail forum-in-tokyo-review"])  // a note
        let review = try search("review", "--format", "tsv")
        #expect(ranking(review) == ["detail forum-in-tokyo-review", "detail review"])  // a note, then the publisher
        #expect(review.stdout.hasSuffix("detail\tpublisher\tThe Review\tsource\treview\tA look back\t\t\t\n"))
        #expect(try search("LOOK BACK").stdout.contains("detail  article: The Review, 2025-12-26  review  source-title  A look back\n"))
    }

    @Test func searchWithNoMatchExits66AndEmptyTextIsAUsageError() throws {
        let none = try search("Zanzibar")
        #expect(none.status == 66)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr == "summitgraph: nothing matches 'Zanzibar'; try fewer words or `summitgraph list`\n")
        let json = try search("Zanzibar", "--format", "json")
        #expect(json.status == 66)
        #expect(json.stdout == "{\n  \"query\" : \"Zanzibar\",\n  \"resultCount\" : 0,\n  \"results\" : [\n\n  ]\n}\n")
        let blank = try CLI.run(["search", "--data", CLI.fixture, "--", "?!"])
        #expect(blank.status == 64)
        #expect(blank.stderr.contains("search needs a letter or a digit"))
    }

    @Test func searchOnTheSeeds() throws {
        let result = try CLI.run(["search", "rahmon", "--format", "tsv"])
        #expect(result.status == 0)
        #expect(ranking(result).first == "word-prefix emomali-rahmon")
        #expect(try CLI.run(["search", "рахмон", "--format", "tsv"]).stdout.contains("alias\tЭмомали Рахмон\tnode\temomali-rahmon"))
    }

    @Test func sourcesListsTheArticlesWithTheirCounts() throws {
        let list = try CLI.run(["sources", "--data", CLI.fixture])
        #expect(list.status == 0)
        try expectSnapshot(list.stdout, "sources.txt")
        let tsv = try CLI.run(["sources", "--data", CLI.fixture, "--format", "tsv"])
        #expect(tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).suffix(2).joined(separator: " ") }
                == ["edge_count node_count", "6 3", "3 1"])
        let seeds = try CLI.run(["sources", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(seeds.stdout.utf8)) as? [String: Any])
        #expect((object["sources"] as? [Any])?.count == 5)
    }

    @Test func sourcesIDSaysWhatOneArticleStates() throws {
        let wire = try CLI.run(["sources", "review", "--data", CLI.fixture])
        #expect(wire.status == 0)
        try expectSnapshot(wire.stdout, "sources-review.txt")
        try expectSnapshot(try CLI.run(["sources", "review", "--data", CLI.fixture, "--format", "json"]).stdout, "sources-review.json")
        let tsv = try CLI.run(["sources", "review", "--data", CLI.fixture, "--format", "tsv"])
        #expect(tsv.stdout.contains("\tmet-alice-bruno\tmet\tout\toccurred\t2025-12-19\ttokyo\t\t\t\ttrade;culture\twire;review\trecalls the meeting\n"))
    }

    @Test func anUnknownSourceExits66WithTheClosestIds() throws {
        let result = try CLI.run(["sources", "wir", "--data", CLI.fixture])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "summitgraph: error: no source has the id 'wir'; did you mean 'wire'?\n")
    }
}
