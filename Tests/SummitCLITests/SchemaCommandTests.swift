import Foundation
import Testing

/// The dataset's own vocabulary, the area hierarchy and free attributes, end to end.
@Suite("Declared vocabularies, --area and free attributes, end to end")
struct SchemaCommandTests {
    static let declared = CLI.repository.appendingPathComponent("Tests/SummitDatasetTests/Fixtures/declared").path

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func neighborEdges(_ arguments: [String]) throws -> [String] {
        let report = try json(["neighbors"] + arguments + ["--format", "json", "--data", declared])
        let neighbors = report["neighbors"] as? [[String: Any]] ?? []
        return neighbors.flatMap { ($0["edges"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }.sorted()
    }

    @Test func anAreaSelectsEverythingUnderIt() throws {
        #expect(try Self.neighborEdges(["norland", "--area", "energy"]) == ["coop-hydro", "coop-north-south", "coop-solar"],
                "energy, hydropower and solar-energy; not glacier-monitoring, not the edges without areas")
        #expect(try Self.neighborEdges(["norland", "--area", "renewable-energy"]) == ["coop-solar"])
        #expect(try Self.neighborEdges(["norland", "--area", "water"]) == ["coop-glaciers"], "a declared area under water-resources")
        #expect(try Self.neighborEdges(["norland", "--area", "water", "--area", "hydropower"]) == ["coop-glaciers", "coop-hydro"])
        let shared = try Self.json(["shared", "norland", "sudland", "--area", "water", "--format", "json", "--data", Self.declared])
        #expect((shared["direct"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["coop-glaciers"])
        let export = try Self.json(["export", "--format", "json", "--area", "energy", "--data", Self.declared])
        #expect((export["edges"] as? [[String: Any]])?.compactMap { $0["key"] as? String }.sorted() == ["coop-hydro", "coop-north-south", "coop-solar"])
    }

    @Test func sharedTakesAnAreaOnTheSeeds() throws {
        let result = try CLI.run(["shared", "Japan", "Tajikistan", "--area", "water", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let water: Set = ["water", "water-supply", "water-resources", "sanitation"]
        for edge in report["direct"] as? [[String: Any]] ?? [] {
            #expect(!Set(edge["areas"] as? [String] ?? []).isDisjoint(with: water), "\(edge["id"] ?? "")")
        }
    }

    @Test func anUnknownAreaIsAUsageErrorWithTheClosestName() throws {
        let result = try CLI.run(["neighbors", "norland", "--area", "enrgy", "--data", Self.declared])
        #expect(result.status == 64)
        #expect(result.stderr.contains("invalid value 'enrgy': no edge has this cooperation area; did you mean 'energy'?"))
        #expect(result.stderr.contains("glacier-monitoring"), "the dataset's own areas are listed")
        #expect(try CLI.run(["neighbors", "norland", "--status", "rumord", "--data", Self.declared]).stderr.contains("did you mean 'rumoured'?"))
        // The dataset's own status in American spelling, and in capitals, is the same status.
        let rumoured = try CLI.run(["neighbors", "bruno", "--status", "rumoured", "--data", Self.declared, "--format", "tsv"])
        for spelling in ["rumored", "RUMOURED"] {
            let result = try CLI.run(["neighbors", "bruno", "--status", spelling, "--data", Self.declared, "--format", "tsv"])
            #expect(result.status == 0 && result.stdout == rumoured.stdout, "\(spelling): \(result.stderr)")
        }
        #expect(try CLI.run(["timeline", "--area", "glacier-monitoring", "--data", Self.declared]).status == 0)
    }

    @Test func theDatasetsOwnValuesAreCountedInItsOrder() throws {
        let stats = try CLI.run(["stats", "--data", Self.declared])
        #expect(stats.stdout.contains("  mediates         1\n"), "\(stats.stdout)")
        #expect(stats.stdout.contains("  historical") == false && stats.stdout.contains("  rumoured         2\n"))
        #expect(try Self.neighborEdges(["bruno", "--status", "rumoured"]) == ["bruno-mediates"])
    }

    @Test func freeAttributesSurviveExportAndImport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-attributes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["graphml", "json"] {
            let path = folder.appendingPathComponent("declared.\(format)").path
            #expect(try CLI.run(["export", "--format", format, "--data", Self.declared, "-o", path]).status == 0)
            let again = try CLI.run(["export", "--format", format, "--data", path])
            #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
            #expect(again.stdout == (try String(contentsOfFile: path, encoding: .utf8)), "\(format): export → import → export")
        }
        let json = try Self.json(["export", "--format", "json", "--data", folder.appendingPathComponent("declared.graphml").path])
        let mediates = try #require((json["edges"] as? [[String: Any]])?.first { $0["key"] as? String == "bruno-mediates" })
        #expect(mediates["weight"] as? Double == 0.5 && mediates["tags"] as? String == "[\"talks\", \"shuttle\"]", "GraphML keeps the type, lists are JSON text")
        #expect(mediates["status"] as? String == "rumoured" && mediates["role"] as? String == "observer")
    }

    @Test func anImportedGraphKeepsItsOwnStatuses() throws {
        let file = CLI.repository.appendingPathComponent("Tests/SummitImportTests/Fixtures/open-status.json").path
        let export = try Self.json(["export", "--format", "json", "--status", "rumoured", "--data", file])
        #expect((export["edges"] as? [[String: Any]])?.map { $0["status"] as? String } == ["rumoured"])
    }
}
