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
}
