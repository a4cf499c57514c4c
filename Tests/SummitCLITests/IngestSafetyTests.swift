import Foundation
import Testing

/// `ingest apply` killed (SIGKILL) after each step of the dataset writer's commit in turn: the
/// dataset is then exactly as it was or exactly as a finished apply leaves it, and it validates.
@Suite struct IngestSafetyTests {
    static let article = "The Prime Minister of Norway, Astrid Berg, visited Iceland on Monday. She met the President of Iceland, Jon Olafsson, in Reykjavik.\n"

    /// A copy of the fixture dataset and a review file of the article, every row accepted.
    func scratch() throws -> (folder: URL, dataset: String, review: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-apply-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dataset = folder.appendingPathComponent("d").path
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: dataset)
        let article = folder.appendingPathComponent("berg.txt").path
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: article))
        let review = folder.appendingPathComponent("r.tsv").path
        let made = try CLI.run(["ingest", article, "--source", "berg-visit", "--published", "2024-03-08", "-o", review, "--data", dataset])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOfFile: review, encoding: .utf8)
        let decided = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") || line.hasPrefix("decision\t") || line.isEmpty ? String(line) : "accept" + line
        }.joined(separator: "\n")
        try Data(decided.utf8).write(to: URL(fileURLWithPath: review))
        return (folder, dataset, review)
    }

    func files(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    @Test func applyKilledAtAnyStepLeavesTheDatasetAsItWasOrAsApplied() throws {
        let reference = try scratch()
        defer { try? FileManager.default.removeItem(at: reference.folder) }
        let old = try files(reference.dataset)
        let done = try CLI.run(["ingest", "apply", reference.review, "--data", reference.dataset])
        #expect(done.status == 0, "\(done.stderr)")
        let new = try files(reference.dataset)
        #expect(new != old)
        var killedSteps = 0
        for step in 1...40 {
            let run = try scratch()
            defer { try? FileManager.default.removeItem(at: run.folder) }
            let killed = try CLI.run(["ingest", "apply", run.review, "--data", run.dataset], environment: ["SUMMITGRAPH_FAULT_KILL_AFTER_STEP": String(step)])
            if killed.status == 0 { break }  // the commit has fewer steps: it finished
            #expect(killed.status == 9, "SIGKILL after step \(step): \(killed.stderr)")
            killedSteps += 1
            let load = try CLI.run(["validate", run.dataset])
            #expect(load.status == 0, "step \(step): \(load.stderr)")
            let left = try files(run.dataset)
            #expect(left == old || left == new, "step \(step): the old files or the applied ones, nothing between")
            // The next apply finishes the job: the dataset ends as one uninterrupted apply leaves it.
            #expect(try CLI.run(["ingest", "apply", run.review, "--data", run.dataset]).status == 0)
            #expect(try files(run.dataset) == new, "step \(step): applied again")
        }
        #expect(killedSteps >= 6, "temporary files, the journal, the commit, the renames: \(killedSteps) steps")
    }
}
