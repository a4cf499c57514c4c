import Foundation
import Testing

@Suite("summitgraph export, end to end")
struct ExportCommandTests {
    @Test func writesStdoutByDefaultAndIsByteIdentical() throws {
        let first = try CLI.run(["export", "--format", "graphml"])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"))
        #expect(try CLI.run(["export", "--format", "graphml"]).stdout == first.stdout)
    }

    @Test func writesFilesAtomicallyAndCSVAsABundle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("deep/map.json").path
        #expect(try CLI.run(["export", "--format", "json", "-o", json]).status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect((object["edges"] as? [Any])?.count == 100)
        let bundle = folder.appendingPathComponent("csv").path
        #expect(try CLI.run(["export", "--format", "csv", "--output", bundle]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bundle).sorted() == ["edges.csv", "nodes.csv", "sources.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("deep").path) == ["map.json"],
                "no temporary file is left behind")
    }

    @Test func selectsLikeNeighbors() throws {
        let result = try CLI.run(["export", "--format", "json", "--focus", "Rahmon", "--type", "met"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ids = (object["nodes"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["emomali-rahmon", "naruhito", "sanae-takaichi", "taro-aso"])
        #expect((object["edges"] as? [[String: Any]])?.allSatisfy { $0["type"] as? String == "met" } == true)
        let states = try CLI.run(["export", "--format", "json", "--kind", "state", "--kind", "place"])
        let kinds = Set(((try JSONSerialization.jsonObject(with: Data(states.stdout.utf8)) as? [String: Any])?["nodes"] as? [[String: Any]] ?? [])
            .compactMap { $0["kind"] as? String })
        #expect(kinds == ["state", "place"])
    }

    @Test func reportListsWhatTheFormatCannotHold() throws {
        let result = try CLI.run(["export", "--format", "dot", "--report"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("summitgraph: dot cannot hold: graph-level sources and conflicts are not written"))
        #expect(try CLI.run(["export", "--format", "json", "--report"]).stderr.contains("json cannot hold: nothing"))
    }

    @Test func badArguments() throws {
        #expect(try CLI.run(["export", "--format", "csv"]).status == 64)
        #expect(try CLI.run(["export", "--format", "xlsx"]).status == 64)
        #expect(try CLI.run(["export", "--format", "json", "--focus", "Rahmn"]).status == 66)
        let blocked = FileManager.default.temporaryDirectory.appendingPathComponent("sg-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: blocked)
        defer { try? FileManager.default.removeItem(at: blocked) }
        let result = try CLI.run(["export", "--format", "json", "-o", blocked.path + "/inside.json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write"))
    }
}

@Suite("output/ holds the current exports of the seeds")
struct OutputFolderTests {
    @Test(arguments: [("dot", "seeds.dot"), ("graphml", "seeds.graphml"), ("json", "seeds.json"),
                      ("gexf", "seeds.gexf"), ("cytoscape", "seeds.cyjs")])
    func committedExportIsCurrent(_ format: String, _ file: String) throws {
        let committed = try String(contentsOf: CLI.repository.appendingPathComponent("output/\(file)"), encoding: .utf8)
        #expect(try CLI.run(["export", "--format", format]).stdout == committed, "run scripts/make-output and commit output/")
    }
}

@Suite("--data FILE: queries on graphs other tools wrote")
struct ImportCommandTests {
    @Test func queriesRunOnAnExportedAndReimportedGraph() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-reimport-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let direct = try CLI.run(["neighbors", "Rahmon", "--format", "json"]).stdout
        for format in ["graphml", "json"] {
            let path = folder.appendingPathComponent("seeds.\(format)").path
            #expect(try CLI.run(["export", "--format", format, "-o", path]).status == 0)
            let result = try CLI.run(["neighbors", "Rahmon", "--format", "json", "--data", path])
            #expect(result.status == 0)
            #expect(result.stdout == direct, "\(format)")
        }
    }

    @Test func aHostileFileExits65WithItsPlace() throws {
        let xxe = CLI.repository.appendingPathComponent("Tests/SummitImportTests/Fixtures/xxe.graphml").path
        let result = try CLI.run(["stats", "--data", xxe])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("xxe.graphml:2:1: error: document type declarations"))
        #expect(!result.stderr.contains("root:"), "nothing from /etc/passwd")
    }
}
