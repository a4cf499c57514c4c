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
}
