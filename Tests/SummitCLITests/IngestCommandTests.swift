import Foundation
import Testing

/// `summitgraph ingest`, `ingest apply`: exit statuses, messages, files written or not.
@Suite struct IngestCommandTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sg-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let article = "The Prime Minister of Norway, Astrid Berg, visited Iceland on Monday. She met the President of Iceland, Jon Olafsson, in Reykjavik.\n"

    @Test func oneArticleToAReviewFileThenJSONThenAFolder() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("berg.txt").path
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: path))
        let review = folder.appendingPathComponent("berg.review.tsv").path
        let run = try CLI.run(["ingest", path, "--source", "berg-visit", "--published", "2024-03-08", "-o", review, "--data", CLI.fixture])
        #expect(run.status == 0 && run.stdout.isEmpty, "\(run.stderr)")
        let text = try String(contentsOfFile: review, encoding: .utf8)
        #expect(text.hasPrefix("# summitgraph review file (format 1)") && text.contains("\tvisits\tastrid-berg\ticeland\toccurred\t2024-03-04\t"))
        let json = try CLI.run(["ingest", path, "--source", "berg-visit", "--published", "2024-03-08", "--json", "--data", CLI.fixture])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["candidates"] as? [Any])?.isEmpty == false)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let all = try CLI.run(["ingest", folder.path, "--published", "2024-03-08", "-o", out.path, "--data", CLI.fixture])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["berg.review.tsv"])
    }

    @Test func aHeldOutScoreKeepsEachArticlesReviewFile() throws {
        let folder = try scratch(), kept = try scratch()
        defer { for f in [folder, kept] { try? FileManager.default.removeItem(at: f) } }
        try Data((" date 2024-03-08 Berg in Iceland\n\n" + Self.article).utf8).write(to: folder.appendingPathComponent("berg.txt"))
        try Data("# type\tsource\ttarget\tstatus\nvisits\tAstrid Berg\tIceland\toccurred\n".utf8).write(to: folder.appendingPathComponent("berg.gold.tsv"))
        let run = try CLI.run(["ingest", "score", "--held-out", folder.path, "--keep", kept.path, "--format", "tsv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: kept.path) == ["berg.review.tsv"])
    }

    @Test func unreadableArticlesAreRefusedWithTheirStatus() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("scan.txt").path
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: binary))
        let refused = try CLI.run(["ingest", binary, "--source", "scan", "--published", "2024-03-08", "-o", folder.appendingPathComponent("r.tsv").path, "--data", CLI.fixture])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("scan.txt: error: binary data (byte 0x0 at offset 4)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.tsv").path), "nothing written")
        let missing = try CLI.run(["ingest", folder.appendingPathComponent("none.txt").path, "--source", "x", "--data", CLI.fixture])
        #expect(missing.status == 66)
        let noSource = try CLI.run(["ingest", binary, "--data", CLI.fixture])
        #expect(noSource.status == 64 && noSource.stderr.contains("pass --source ID"))
        // A folder: the unreadable article is reported, the other is still read, exit 65.
        try Data(Self.article.utf8).write(to: folder.appendingPathComponent("berg.txt"))
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let mixed = try CLI.run(["ingest", folder.path, "--published", "2024-03-08", "-o", out.path, "--data", CLI.fixture])
        #expect(mixed.status == 65)
        #expect(mixed.stderr.contains("scan.txt: error: binary data") && mixed.stderr.contains("1 of 2 articles refused; the other 1 were read"), "\(mixed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["berg.review.tsv"])
    }

    @Test func applyRefusesADamagedReviewFileThenWritesTheDecidedOneOnce() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = folder.appendingPathComponent("data").path
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: dataset)
        let path = folder.appendingPathComponent("berg.txt").path
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: path))
        let review = folder.appendingPathComponent("r.tsv").path
        _ = try CLI.run(["ingest", path, "--source", "berg-visit", "--published", "2024-03-08", "-o", review, "--data", dataset])
        func files() throws -> [String: Data] {
            Dictionary(uniqueKeysWithValues: try FileManager.default.contentsOfDirectory(atPath: dataset).map { ($0, try Data(contentsOf: URL(fileURLWithPath: dataset + "/" + $0))) })
        }
        let before = try files()
        let undecided = try CLI.run(["ingest", "apply", review, "--data", dataset])
        #expect(undecided.status == 65)
        #expect(undecided.stderr.contains("r.tsv:") && undecided.stderr.contains(":1: error: undecided row") && undecided.stderr.contains("in the review file; nothing was written"))
        #expect(try files() == before)
        // Accept everything but the visit, which is rejected.
        let text = try String(contentsOfFile: review, encoding: .utf8)
        let decided = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") || line.hasPrefix("decision\t") || line.isEmpty ? String(line) : (line.contains("\tvisits\t") ? "reject" : "accept") + line
        }.joined(separator: "\n")
        try Data(decided.utf8).write(to: URL(fileURLWithPath: review))
        let dry = try CLI.run(["ingest", "apply", review, "--dry-run", "--data", dataset])
        #expect(dry.status == 0 && dry.stdout.contains("new edges") && dry.stderr.contains("nothing was written"), "\(dry.stderr)")
        #expect(try files() == before)
        let write = try CLI.run(["ingest", "apply", review, "--data", dataset])
        #expect(write.status == 0 && write.stdout.contains("1 rejected") && write.stdout.hasSuffix("; written\n"), "\(write.stderr)")
        #expect(try CLI.run(["validate", dataset]).status == 0)
        let rejections = try String(contentsOfFile: dataset + "/rejections.tsv", encoding: .utf8)
        #expect(rejections.hasPrefix("id\tsource\tnote\n") && rejections.contains("\tberg-visit\t"))
        let evidence = try String(contentsOfFile: dataset + "/evidence.tsv", encoding: .utf8)
        #expect(evidence.contains("\tberg-visit\t") && evidence.contains("span"))
        // Applying again changes nothing; ingesting again proposes nothing new and not the rejected visit.
        let after = try files()
        #expect(try CLI.run(["ingest", "apply", review, "--data", dataset]).status == 0)
        #expect(try files() == after)
        let again = try CLI.run(["ingest", path, "--source", "berg-visit", "--published", "2024-03-08", "--data", dataset])
        let rows = again.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("decision") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("\tcorroborates ") }, "\(rows)")
    }
}
