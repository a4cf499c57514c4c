import Foundation
import Testing

@Suite("summitgraph neighbors, end to end")
struct NeighborsCommandTests {
    @Test func rahmonGivesTheSameSourcedAnswerByAnyName() throws {
        let answers = try ["Rahmon", "rahmon", "Emomali Rahmon", "emomali-rahmon", "Эмомали Рахмон"].map {
            try CLI.run(["neighbors", $0])
        }
        for answer in answers {
            #expect(answer.status == 0)
            #expect(answer.stderr.isEmpty)
            #expect(answer.stdout == answers[0].stdout)
        }
        let text = answers[0].stdout
        #expect(text.hasPrefix("Emomali Rahmon · person (emomali-rahmon)\n8 neighbours within 1 hop"))
        #expect(text.contains("Naruhito"))
        #expect(text.contains("→ met                         2025-12-19, Tokyo             occurred  trend-1219, gulf-observer"))
        #expect(text.contains("Taro Aso"))
        #expect(text.contains("gulf-observer: The Gulf Observer, 2025-12-23"))
    }

    @Test func jsonIsStableAndCarriesSources() throws {
        let result = try CLI.run(["neighbors", "Rahmon", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["focus"] as? [String: Any])?["id"] as? String == "emomali-rahmon")
        let neighbors = try #require(object["neighbors"] as? [[String: Any]])
        let naruhito = try #require(neighbors.first { ($0["node"] as? [String: Any])?["id"] as? String == "naruhito" })
        let edge = try #require((naruhito["edges"] as? [[String: Any]])?.first)
        #expect(edge["type"] as? String == "met")
        #expect(edge["date"] as? String == "2025-12-19")
        #expect((edge["sources"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["trend-1219", "gulf-observer"])
        #expect(try CLI.run(["neighbors", "Rahmon", "--format", "json"]).stdout == result.stdout)
    }

    @Test func jsonParsesWithJq() throws {
        let jq = ["/usr/bin/jq", "/usr/local/bin/jq"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try #require(jq, "jq is installed by scripts/setup")
        let json = try CLI.run(["neighbors", "Rahmon", "--format", "json"]).stdout
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-r", ".neighbors[].node.id"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(json.utf8))
        try input.fileHandleForWriting.close()
        let ids = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(ids.split(separator: "\n").contains("taro-aso"))
    }

    @Test func goldenOutputOnTheFixture() throws {
        for (format, file) in [("text", "neighbors-alice.txt"), ("json", "neighbors-alice.json"), ("tsv", "neighbors-alice.tsv")] {
            let result = try CLI.run(["neighbors", "alice", "--data", CLI.fixture, "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            try expectSnapshot(result.stdout, file)
        }
        let deep = try CLI.run(["neighbors", "bruno", "--depth", "2", "--data", CLI.fixture])
        try expectSnapshot(deep.stdout, "neighbors-bruno-depth2.txt")
    }

    @Test func deeperNeighboursSayWhichNearerNodeTheirEdgeJoins() throws {
        // The LDP is two hops from Rahmon: through Aso (his role there) and through Japan (the party is part of it).
        let tsv = try CLI.run(["neighbors", "Rahmon", "--depth", "2", "--format", "tsv"])
        #expect(tsv.stdout.hasPrefix("depth\tneighbor_id\tneighbor_name\tneighbor_kind\tvia_id\tedge_id\t"))
        let ldp = tsv.stdout.split(separator: "\n").filter { $0.contains("\tliberal-democratic-party\t") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(ldp.map { "\($0[4]) \($0[5])" } == ["taro-aso role-aso-ldp", "japan part-ldp-japan"])
        let text = try CLI.run(["neighbors", "Rahmon", "--depth", "2"])
        #expect(text.stdout.contains("  DEPTH  NEIGHBOUR "))
        #expect(text.stdout.split(separator: "\n").contains { $0.contains("Liberal Democratic Party") && $0.contains("Taro Aso") && $0.contains("→ holds_role") })
        let json = try CLI.run(["neighbors", "Rahmon", "--depth", "2", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let members = try #require(object["neighbors"] as? [[String: Any]])
        let party = try #require(members.first { ($0["node"] as? [String: Any])?["id"] as? String == "liberal-democratic-party" })
        let vias = (party["edges"] as? [[String: Any]] ?? []).compactMap { ($0["via"] as? [String: Any])?["id"] as? String }
        #expect(vias == ["taro-aso", "japan"])
        // One hop: no VIA column (every edge joins the focus), though the JSON still names it.
        #expect(!(try CLI.run(["neighbors", "Rahmon"]).stdout.contains(" VIA ")))
    }

    @Test func filtersNarrowTheAnswer() throws {
        let met = try CLI.run(["neighbors", "Rahmon", "--type", "met", "--status", "occurred", "--format", "tsv"])
        #expect(met.status == 0)
        let rows = met.stdout.split(separator: "\n").dropFirst()
        #expect(rows.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[1] }.sorted() == ["naruhito", "taro-aso"])
        let window = try CLI.run(["neighbors", "Rahmon", "--from", "2026-01-01", "--format", "tsv"])
        #expect(window.stdout.split(separator: "\n").count == 1, "only the header: nothing after 2025")
    }

    @Test func didYouMeanOffersTheWholeNameClosest() throws {
        for (query, offered) in [("Kazakstan", "'Kazakhstan' (kazakhstan)"), ("Tokio", "'Tokyo' (tokyo)"), ("Europa", "'Europe' (europe)"),
                                 ("Tajiks", "'Tajikistan' (tajikistan)"), ("高市", "'高市早苗' (Sanae Takaichi, sanae-takaichi)")] {
            let result = try CLI.run(["neighbors", query])
            #expect(result.status == 66)
            #expect(result.stderr == "summitgraph: error: no node is named '\(query)'; did you mean \(offered)?\n")
        }
    }

    @Test func unknownNameExits66WithSuggestions() throws {
        let result = try CLI.run(["neighbors", "Rahmn"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "summitgraph: error: no node is named 'Rahmn'; did you mean 'Emomali Rahmon' (emomali-rahmon)?\n")
    }

    @Test func ambiguousNameExits66ListingCandidates() throws {
        let result = try CLI.run(["neighbors", "president"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("'president' could mean 4 nodes:"))
        #expect(result.stderr.contains("  president-of-kazakhstan\tposition\tPresident of Kazakhstan"))
        #expect(result.stderr.contains("use the id to pick one"))
    }

    @Test(arguments: [["neighbors", "Rahmon", "--depth", "0"], ["neighbors", "Rahmon", "--type", "meets"],
                      ["neighbors", "Rahmon", "--from", "2025-02-30"], ["neighbors"],
                      ["neighbors", "Rahmon", "--from", "2026", "--to", "2025"], ["neighbors", "Rahmon", "--format", "xml"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.lowercased().contains("error:"))
    }
}
