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
        let missing = try CLI.run(["export", "--format", "json", "-o", json])
        #expect(missing.status == 1, "a folder that does not exist is not created")
        #expect(missing.stderr.contains("cannot write \(json): the folder \(folder.path)/deep does not exist"), "\(missing.stderr)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("deep"), withIntermediateDirectories: true)
        let written = try CLI.run(["export", "--format", "json", "-o", json])
        #expect(written.status == 0)
        #expect(written.stderr.contains("summitgraph: wrote \(json) (json, 42 nodes, 100 edges)"), "export says what it wrote, as render does")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect((object["edges"] as? [Any])?.count == 100)
        let bundle = folder.appendingPathComponent("csv").path
        #expect(try CLI.run(["export", "--format", "csv", "--output", bundle]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bundle).sorted() == ["edges.csv", "manifest.json", "nodes.csv", "sources.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("deep").path) == ["map.json"],
                "no temporary file is left behind")
    }

    @Test func csvBundlesInPartsReplaceTheEarlierBundle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }
        #expect(try CLI.run(["export", "--format", "csv", "--split-rows", "20", "--gzip", "-o", folder.path]).status == 0)
        #expect(try files() == ["edges.header.csv"] + (0...4).map { "edges.part-0000\($0).csv.gz" } + ["manifest.json", "nodes.header.csv",
                 "nodes.part-00000.csv.gz", "nodes.part-00001.csv.gz", "nodes.part-00002.csv.gz", "notes.txt",
                 "sources.header.csv", "sources.part-00000.csv.gz"])
        // A smaller bundle in the same folder: the earlier parts it does not have are gone; other files stay.
        #expect(try CLI.run(["export", "--format", "csv", "--split-rows", "50", "--flavour", "graphframes", "-o", folder.path]).status == 0)
        #expect(try files() == ["edges.part-00000.csv", "edges.part-00001.csv", "manifest.json", "nodes.part-00000.csv", "notes.txt",
                                "sources.part-00000.csv"])
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"flavour\" : \"graphframes\""))
        let nodes = try String(contentsOf: folder.appendingPathComponent("nodes.part-00000.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("id,name,kind,subtype,aliases,attributes,sources,ordinal\r\n"))
    }

    @Test func csvOptionsAreChecked() throws {
        for arguments in [["--split-rows", "0"], ["--split-rows", "x"], ["--flavour", "tigergraph"]] {
            let result = try CLI.run(["export", "--format", "csv", "-o", "/tmp/never-written"] + arguments)
            #expect(result.status == 64, "\(arguments)")
        }
        let result = try CLI.run(["export", "--format", "json", "--gzip"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--split-rows, --gzip and --flavour apply to --format csv only"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
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

    @Test func aSelectionByEdgesKeepsOnlyTheNodesItsEdgesTouch() throws {
        func counts(_ arguments: [String]) throws -> (nodes: Int?, edges: Int?) {
            let result = try CLI.run(["export", "--format", "json"] + arguments)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
            return ((object["nodes"] as? [Any])?.count, (object["edges"] as? [Any])?.count)
        }
        #expect(try counts(["--type", "met"]) == (8, 7))
        #expect(try counts(["--type", "met", "--keep-isolated"]) == (42, 7))
        #expect(try counts(["--from", "2025-12-20", "--to", "2025-12-20"]).nodes ?? 0 < 42)
        #expect(try counts(["--kind", "person"]).nodes == 5, "a node filter keeps every node of the kind, as before")
    }

    @Test func theFormatFollowsTheFileNameAndAContradictionIsAUsageError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, prefix) in [("g.graphml", "<?xml"), ("g.gv", "digraph"), ("g.gexf", "<?xml"), ("g.cytoscape.json", "{\n  \"format_version\"")] {
            let path = folder.appendingPathComponent(name).path
            let result = try CLI.run(["export", "-o", path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(prefix), "\(name)")
        }
        let cytoscape = try CLI.run(["export", "--format", "cytoscape", "-o", folder.appendingPathComponent("c.json").path])
        #expect(cytoscape.status == 0, "Cytoscape's JSON may end in .json")
        let contradiction = try CLI.run(["export", "--format", "dot", "-o", folder.appendingPathComponent("g.json").path])
        #expect(contradiction.status == 64)
        #expect(contradiction.stderr.contains("ends in .json, which is json, but --format dot was given"))
        let unknown = try CLI.run(["export", "-o", folder.appendingPathComponent("g.txt").path])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("cannot tell the format from the name"))
        #expect(try CLI.run(["export"]).status == 64, "no format and no file name")
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
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
