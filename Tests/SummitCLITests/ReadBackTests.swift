import Foundation
import Testing

@Suite("--data reads summitgraph's own exports back, and refuses DOT and Cytoscape JSON")
struct ReadBackTests {
    private func scratch() throws -> URL { try CLI.scratchFolder("sg-readback") }

    @Test func gexfExportImportExportGivesTheSameBytes() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.gexf").path, second = folder.appendingPathComponent("b.gexf").path
        #expect(try CLI.run(["export", "--format", "gexf", "-o", first]).status == 0)
        let again = try CLI.run(["export", "--format", "gexf", "--data", first, "-o", second])
        #expect(again.status == 0)
        #expect(again.stderr.contains("names its sources by id only"))
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
        let neighbours = try CLI.run(["neighbors", "Rahmon", "--type", "met", "--format", "tsv", "--data", first])
        #expect(neighbours.status == 0)
        #expect(neighbours.stdout.contains("naruhito"))
    }

    @Test(arguments: [("dot", "map.dot", "DOT is not read"), ("cytoscape", "map.cyjs", "Cytoscape JSON is not read")])
    func dotAndCytoscapeAreRefusedWithExit65(_ format: String, _ name: String, _ message: String) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        #expect(try CLI.run(["export", "--format", format, "-o", path]).status == 0)
        let result = try CLI.run(["stats", "--data", path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path):1:1: error: \(message)"))
        #expect(result.stderr.contains("summitgraph reads GraphML, GEXF, NetworkX node-link JSON, TSV/CSV edge lists"))
    }

    /// Every file of `folder`, by name.
    private func contents(_ folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    @Test(arguments: [[String](), ["--gzip", "--split-rows", "30", "--flavour", "graphframes"]])
    func csvBundleExportImportExportIsEqual(_ options: [String]) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("one"), second = folder.appendingPathComponent("two")
        #expect(try CLI.run(["export", "--format", "csv", "-o", first.path] + options).status == 0)
        let stats = try CLI.run(["stats", "--format", "json", "--data", first.path])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("\"edgeCount\" : 100") && stats.stdout.contains("\"sourceCount\" : 5"))
        #expect(try CLI.run(["export", "--format", "csv", "--data", first.path, "-o", second.path] + options).status == 0)
        let (a, b) = (try contents(first), try contents(second))
        #expect(a.count >= 4 && a == b)
    }

    @Test func csvBundleKeepsTypedColumnsAndRefusesAMissingPart() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("one"), second = folder.appendingPathComponent("two")
        let karate = CLI.repository.appendingPathComponent("Tests/SummitImportTests/Fixtures/karate.networkx.graphml").path
        #expect(try CLI.run(["export", "--format", "csv", "--data", karate, "-o", first.path]).status == 0)
        #expect(try CLI.run(["export", "--format", "csv", "--data", first.path, "-o", second.path]).status == 0)
        let edges = try String(contentsOf: second.appendingPathComponent("edges.csv"), encoding: .utf8)
        #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE,") && edges.contains(",weight:long,ordinal:long\r\n"))
        #expect(try contents(first) == contents(second))
        try FileManager.default.removeItem(at: first.appendingPathComponent("nodes.csv"))
        let broken = try CLI.run(["stats", "--data", first.path])
        #expect(broken.status == 65)
        #expect(broken.stderr.hasPrefix("\(first.path)/nodes.csv:1:1: error: a part the manifest lists is missing; copy the whole bundle folder"))
    }
}
