import Foundation
import Testing

@Suite("Crash safety, subprocess bounds, limits")
struct SafetyTests {
    func scratch() throws -> URL { try CLI.scratchFolder("sg-safety") }

    @Test func aKilledExportLeavesThePreviousFileAndTheNextRunCleansUp() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("map.graphml")
        try Data("previous export".utf8).write(to: target)
        let killed = try CLI.run(["export", "--format", "graphml", "-o", target.path], environment: ["SUMMITGRAPH_FAULT_KILL_AFTER": "20000"])
        #expect(killed.status == 9, "SIGKILL in the middle of the write")
        #expect(try String(contentsOf: target, encoding: .utf8) == "previous export")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasPrefix(".map.graphml.tmp-") },
                "the killed run's temporary file is there")
        let next = try CLI.run(["export", "--format", "graphml", "-o", target.path])
        #expect(next.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("<?xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.graphml"], "no temporary file left behind")
    }

    @Test func aGraphvizThatFloodsItsOutputIsStopped() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try Data("#!/bin/sh\nexec /usr/bin/yes flooding\n".utf8).write(to: bin.appendingPathComponent("dot"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("dot").path)
        let started = Date()
        let result = try CLI.run(["render", "-o", folder.appendingPathComponent("map.svg").path, "--timeout", "60"], environment: ["PATH": bin.path])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Graphviz wrote more than 16 MiB and was stopped"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.svg").path))
    }

    @Test func oversizedFieldsAndLinesAreRefusedWithTheirPlace() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: folder.appendingPathComponent("d").path)
        let nodes = folder.appendingPathComponent("d/nodes.tsv")
        let original = try String(contentsOf: nodes, encoding: .utf8)
        try original.replacingOccurrences(of: "Marta Ames", with: "Marta " + String(repeating: "x", count: 100_000)).write(to: nodes, atomically: true, encoding: .utf8)
        var result = try CLI.run(["validate", folder.appendingPathComponent("d").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("nodes.tsv:4:20: error: field longer than 64 KiB"))
        try (original + (0..<1_000_000).map { "n\($0)" }.joined(separator: "\t") + "\n").write(to: nodes, atomically: true, encoding: .utf8)
        result = try CLI.run(["validate", folder.appendingPathComponent("d").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("nodes.tsv:10:22: error: too many fields: 1000000 where the header has 7"))
        let graphml = folder.appendingPathComponent("big-name.graphml")
        try Data(("<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph>\n<node id=\"a\"><data key=\"l\">"
                  + String(repeating: "y", count: 200_000) + "</data></node></graph></graphml>").utf8).write(to: graphml)
        result = try CLI.run(["stats", "--data", graphml.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("big-name.graphml:2:1: error: 'label' is 195 KiB long; the longest accepted is 64 KiB"))
    }

    @Test func aBOMAndCRLFLineEndsReadTheSame() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: folder.appendingPathComponent("d").path)
        for file in ["sources.tsv", "nodes.tsv", "edges.tsv", "evidence.tsv", "conflicts.tsv"] {
            let url = folder.appendingPathComponent("d/\(file)")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
            try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: url)
        }
        let windows = try CLI.run(["export", "--format", "json", "--data", folder.appendingPathComponent("d").path])
        #expect(windows.status == 0)
        #expect(windows.stdout == (try CLI.run(["export", "--format", "json", "--data", CLI.fixture])).stdout)
    }

    @Test func aRefusedInputCreatesNoOutputFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xxe = CLI.repository.appendingPathComponent("Tests/SummitImportTests/Fixtures/xxe.graphml").path
        let fresh = folder.appendingPathComponent("new.json"), kept = folder.appendingPathComponent("kept.json")
        try Data("kept".utf8).write(to: kept)
        for target in [fresh, kept] {
            #expect(try CLI.run(["export", "--format", "json", "--data", xxe, "-o", target.path]).status == 65)
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
        #expect(try String(contentsOf: kept, encoding: .utf8) == "kept")
    }
}
