import Foundation
import Testing

/// The dataset writer killed (SIGKILL) after each step of its commit in turn: whatever the step,
/// the next load sees exactly the old files or exactly the new ones, and no leftover.
@Suite("Crash safety of the dataset writer")
struct WriterSafetyTests {
    /// Four files change: a source, a node, an edge (in a new section) and its evidence with a
    /// location (a new header column).
    static let rows = """
        sources.tsv\tid=third\tfile=third.txt\tpublisher=Third Post\tpublished=2025-12-27\ttitle=Later
        nodes.tsv\tid=zeno-park\tkind=person\tname=Zeno Park\tsources=third
        edges.tsv\tid=visits-zeno-sudland\ttype=visits\tsource=zeno-park\ttarget=sudland\tstatus=occurred\tsources=third
        evidence.tsv\tedge=visits-zeno-sudland\tsource=third\tparaphrase=Zeno went to Sudland.\tspan=3-40\tsha256=\(String(repeating: "ab", count: 32))

        """

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sg-writer-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: url.appendingPathComponent("d").path)
        try Data(Self.rows.utf8).write(to: url.appendingPathComponent("rows.tsv"))
        return url
    }

    /// The dataset folder's files, by name (temporary files and the journal included).
    func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func aWriteKilledAtAnyStepLeavesTheOldFilesOrTheNew() throws {
        let reference = try scratch()
        defer { try? FileManager.default.removeItem(at: reference) }
        let dataset = reference.appendingPathComponent("d")
        let old = try files(dataset)
        let done = try CLI.run(["write-rows", reference.appendingPathComponent("rows.tsv").path, "--data", dataset.path])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout == "wrote the dataset in 11 steps\n", "4 temporary files, the journal, the commit, 4 renames, the journal's removal")
        let new = try files(dataset)
        #expect(new.keys.sorted() == old.keys.sorted() && new != old)
        for step in 1...11 {
            let folder = try scratch()
            defer { try? FileManager.default.removeItem(at: folder) }
            let target = folder.appendingPathComponent("d")
            let killed = try CLI.run(["write-rows", folder.appendingPathComponent("rows.tsv").path, "--data", target.path],
                                     environment: ["SUMMITGRAPH_FAULT_KILL_AFTER_STEP": String(step)])
            #expect(killed.status == 9, "SIGKILL after step \(step)")
            let left = try files(target)
            #expect(left.keys.contains { $0.hasPrefix(".") } == (step < 11), "step \(step): the dead writer's files are there until removed")
            #expect(left.keys.contains(".summitgraph-journal") == (6...10).contains(step), "step \(step): a committed journal")
            let load = try CLI.run(["validate", target.path])
            #expect(load.status == 0, "step \(step): \(load.stderr)")
            #expect(try files(target) == (step < 6 ? old : new), "step \(step): the old files before the commit point, the new ones after")
        }
    }

    @Test func aRefusedWriteChangesNothing() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("d")
        let old = try files(target)
        try Data("edges.tsv\tid=visits-nobody\ttype=visits\tsource=nobody\ttarget=sudland\tstatus=occurred\tsources=wire\n".utf8)
            .write(to: folder.appendingPathComponent("rows.tsv"))
        let refused = try CLI.run(["write-rows", folder.appendingPathComponent("rows.tsv").path, "--data", target.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("/d/edges.tsv:10:22: error: unknown node 'nobody' in column 'source'"), "\(refused.stderr)")
        #expect(try files(target) == old)
    }
}
