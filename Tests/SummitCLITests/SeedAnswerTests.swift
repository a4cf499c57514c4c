import Foundation
import Testing

/// What the seeds must answer, as the articles say it (issue 12, "Done when").
@Suite("The seeds answer what the articles say")
struct SeedAnswerTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func neighborIDs(_ report: [String: Any]) -> [String] {
        (report["neighbors"] as? [[String: Any]] ?? []).compactMap { ($0["node"] as? [String: Any])?["id"] as? String }.sorted()
    }

    @Test func theSixStatesTookPartInTheSummitJapanAsHost() throws {
        let report = try Self.json(["neighbors", "summit-2025-tokyo", "--type", "participates_in", "--kind", "state"])
        #expect(Self.neighborIDs(report) == ["japan", "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"])
        let japan = (report["neighbors"] as? [[String: Any]] ?? []).first { ($0["node"] as? [String: Any])?["id"] as? String == "japan" }
        #expect(((japan?["edges"] as? [[String: Any]])?.first?["role"] as? String) == "host")
    }

    @Test func theLabelOneArticleUsesReachesTheDialogueAndItsSummit() throws {
        let report = try Self.json(["neighbors", "C5+1"])
        #expect((report["focus"] as? [String: Any])?["id"] as? String == "central-asia-japan-dialogue")
        #expect(Self.neighborIDs(report).contains("summit-2025-tokyo"))
        let card = try CLI.run(["show", "C5+1"])
        #expect(card.stdout.contains("c5-plus-1-name [name]:"), "the conflict that says the label is disputed stays")
    }

    @Test(arguments: [("Emperor of Japan", "Naruhito"), ("Japanese Emperor", "Naruhito"),
                      ("President of Tajikistan", "Emomali Rahmon"), ("President of Turkmenistan", "Serdar Berdimuhamedov")])
    func rolePhrasesShowThePerson(_ phrase: String, _ name: String) throws {
        let result = try CLI.run(["show", phrase])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(name + "\n"))
    }

    @Test func theSecondDayHasTheChairTheHostTheAttendanceAndTheAdoption() throws {
        let text = try CLI.run(["timeline", "--from", "2025-12-20", "--to", "2025-12-20"]).stdout
        let report = try Self.json(["timeline", "--from", "2025-12-20", "--to", "2025-12-20"])
        let ids = Set((report["entries"] as? [[String: Any]] ?? []).compactMap { ($0["edge"] as? [String: Any])?["id"] as? String })
        for id in ["chairs-takaichi-summit", "hosts-japan-summit", "attends-berdimuhamedov-summit", "adopted-summit-tokyo-declaration",
                   "part-caspian-routes-summit"] {
            #expect(ids.contains(id), "\(id) in:\n\(text)")
        }
    }

    @Test func japanAndTajikistanShareTheWaterAreasUnderWater() throws {
        let report = try Self.json(["shared", "Japan", "Tajikistan", "--area", "water"])
        let areas = (report["areas"] as? [[String: Any]] ?? []).compactMap { $0["area"] as? String }
        #expect(areas == ["sanitation", "water-resources", "water-supply"])
    }

    /// The seed articles, beside the repository (`../shared/seeds`), where seeds/datapackage.json says they are.
    static let articles = CLI.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let articlesPresent = FileManager.default.fileExists(atPath: articles.path)

    /// The rows of a seeds TSV file, by column name.
    static func rows(_ name: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: CLI.seeds + "/" + name, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = lines.first.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) } ?? []
        return lines.dropFirst().map { line in
            Dictionary(zip(header, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)), uniquingKeysWith: { a, _ in a })
        }
    }

    /// The quote is compared with the sentence read at run time from the article at the row's span
    /// (the repository stores no article text).
    @Test(.enabled(if: articlesPresent, "../shared/seeds (the seed articles) is absent: nothing to quote from"))
    func showRahmonQuotesTheSentencesOfTheNaruhitoMeeting() throws {
        let files = Dictionary(try Self.rows("sources.tsv").map { ($0["id"] ?? "", $0["file"] ?? "") }, uniquingKeysWith: { a, _ in a })
        let evidence = try Self.rows("evidence.tsv").filter { $0["edge"] == "met-rahmon-naruhito" }
        #expect(evidence.count == 2)
        let show = try CLI.run(["show", "Rahmon", "--quote", "--data", CLI.seeds])
        #expect(show.status == 0 && show.stderr.isEmpty, "\(show.stderr)")
        let meeting = try #require(show.stdout.components(separatedBy: "\n  met-rahmon-naruhito\n").dropFirst().first)
            .components(separatedBy: "\n  met-").first.map { $0 + "\n" } ?? ""
        for row in evidence {
            let span = (row["span"] ?? "").split(separator: "-").compactMap { Int($0) }
            try #require(span.count == 2, "\(row): a span START-END")
            let text = try String(contentsOf: Self.articles.appendingPathComponent(files[row["source"] ?? ""] ?? ""), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            try #require(span[1] <= scalars.count)
            var sentence = String.UnicodeScalarView()
            sentence.append(contentsOf: scalars[span[0]..<span[1]])
            let quote = String(sentence)
            for word in ["Rahmon", "Naruhito", "Tokyo", "December 19"] {
                #expect(quote.contains(word), "\(row["source"] ?? ""): the located sentence states the meeting (\(word))")
            }
            #expect(meeting.contains("    \(row["source"] ?? ""): \(row["paraphrase"] ?? "")\n      “\(quote)”\n"), "\(meeting)")
        }
    }
}
