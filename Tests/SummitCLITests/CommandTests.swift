import Foundation
import Testing

@Suite("show, list, stats, validate and data location, end to end")
struct CommandTests {
    @Test func showGivesANodeCard() throws {
        let result = try CLI.run(["show", "takaichi"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Sanae Takaichi\n  id       sanae-takaichi\n  kind     person\n"))
        #expect(result.stdout.contains("offices  Prime Minister, Japan [ongoing]"))
        #expect(result.stdout.contains("\nchairs (1)\n"))
        #expect(result.stdout.contains("Summit of the Central Asia plus Japan Dialogue"))
        let fixture = try CLI.run(["show", "forum-2025", "--data", CLI.fixture])
        try expectSnapshot(fixture.stdout, "show-forum.txt")
        try expectSnapshot(try CLI.run(["show", "forum-2025", "--data", CLI.fixture, "--format", "json"]).stdout, "show-forum.json")
    }

    @Test func showListsConflictsBetweenSources() throws {
        let result = try CLI.run(["show", "summit-2025-tokyo"])
        #expect(result.stdout.contains("Conflicts between sources:\n  summit-dates [date]:"))
        #expect(result.stdout.contains("c5-plus-1-name [name]:"))
    }

    @Test func showUnknownExits66() throws {
        let result = try CLI.run(["show", "Nobody Atall"])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("summitgraph: error: no node is named 'Nobody Atall'"))
    }

    @Test func listByKind() throws {
        let states = try CLI.run(["list", "--kind", "state", "--format", "tsv"])
        #expect(states.status == 0)
        let ids = states.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        #expect(ids == ["azerbaijan", "japan", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "turkmenistan", "uzbekistan"])
        try expectSnapshot(try CLI.run(["list", "--data", CLI.fixture]).stdout, "list.txt")
        #expect(try CLI.run(["list", "--kind", "planet"]).status == 64)
    }

    @Test func statsCountsEverything() throws {
        try expectSnapshot(try CLI.run(["stats", "--data", CLI.fixture]).stdout, "stats.txt")
        let json = try CLI.run(["stats", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["sourceCount"] as? Int == 5)
        let missing = try CLI.run(["stats", "--data", "/nonexistent/dataset"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/dataset: no such file or directory"))
    }

    @Test func validateAcceptsTheSeeds() throws {
        let result = try CLI.run(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("seeds: valid: "))
        #expect(try CLI.run(["validate", CLI.fixture]).stdout.hasSuffix("valid: 8 nodes, 8 edges, 2 sources, 1 conflict\n"))
    }

    @Test func aBrokenDatasetExits65AndNothingElseRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-broken-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let edges = folder.appendingPathComponent("edges.tsv")
        let text = try String(contentsOf: edges, encoding: .utf8)
            .replacingOccurrences(of: "\tpresident-of-sudland\tplanned\t2025-12\t", with: "\tpresident-of-sudland\tplanned\t2025-02-30\t")
            .replacingOccurrences(of: "coop-north-south\tcooperates_with\tnorland\tsudland\tongoing\t\t\t\t\tenergy; trade\t\twire",
                                  with: "coop-north-south\tcooperates_with\tnorland\tsudland\tongoing\t\t\t\t\tenergy; trad\t\twire")
        try text.write(to: edges, atomically: true, encoding: .utf8)
        for command in [["validate", folder.path], ["neighbors", "alice", "--data", folder.path], ["stats", "--data", folder.path]] {
            let result = try CLI.run(command, in: folder.path)
            #expect(result.status == 65, "\(command)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("edges.tsv:3:"))
            #expect(result.stderr.contains("error: invalid date '2025-02-30': 2025-02 has 28 days, not 30"))
            #expect(result.stderr.contains("error: unknown cooperation area 'trad'; did you mean 'trade'?"))
            #expect(result.stderr.hasSuffix("summitgraph: 2 problems in 1 file; nothing was run\n"))
        }
    }

    @Test func validateReportsDiagnosticsAsData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-json-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let nodes = folder.appendingPathComponent("nodes.tsv")
        let text = try String(contentsOf: nodes, encoding: .utf8).replacingOccurrences(of: "norland\tstate", with: "norland\tstat")
        try text.write(to: nodes, atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", ".", "--format", "json"], in: folder.path)
        #expect(result.status == 65)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "nodes.tsv")
        #expect(diagnostics.first?["line"] as? Int == 5)
        #expect(diagnostics.first?["column"] as? Int == 9)
        let tsv = try CLI.run(["validate", ".", "--format", "tsv"], in: folder.path)
        #expect(tsv.stdout.hasPrefix("file\tline\tcolumn\tseverity\tmessage\tfix\nnodes.tsv\t5\t9\terror\tunknown node kind 'stat'\t"))
    }

    @Test func findsTheSeedsFromAnywhereInTheCheckout() throws {
        let inside = CLI.repository.appendingPathComponent("Sources/SummitGraph").path
        let result = try CLI.run(["neighbors", "aso", "--format", "tsv"], in: inside)
        #expect(result.status == 0)
        #expect(result.stdout.contains("emomali-rahmon"))
        // From outside the checkout, the executable's own location leads back to the seeds.
        #expect(try CLI.run(["validate"], in: NSTemporaryDirectory()).status == 0)
    }

    @Test func environmentVariableNamesTheDataset() throws {
        let result = try CLI.run(["list", "--format", "tsv"], in: NSTemporaryDirectory(), environment: ["SUMMITGRAPH_DATA": CLI.fixture])
        #expect(result.stdout.contains("alice-ames"))
        #expect(!result.stdout.contains("emomali-rahmon"))
    }
}
