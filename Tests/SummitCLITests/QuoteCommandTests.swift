import Foundation
import Testing

/// `show --quote`, `why --quote` and `validate` on a dataset whose evidence carries spans and
/// hashes (`Fixtures/quoted`, whose datapackage.json names the articles folder: the valid
/// fixture's `wire.txt` and `review.txt`, written for the tests).
@Suite("Quotes from the article files, and validate's article checks")
struct QuoteCommandTests {
    static let quoted = CLI.repository.appendingPathComponent("Tests/SummitCLITests/Fixtures/quoted").path
    static let articles = CLI.fixture

    /// A scratch folder with the quoted dataset's files and copies of the articles, which a test may alter.
    func scratch(datapackage: Bool = false) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-quote-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.quoted) where datapackage || name != "datapackage.json" {
            try FileManager.default.copyItem(atPath: Self.quoted + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        for name in ["wire.txt", "review.txt"] {
            try FileManager.default.copyItem(atPath: Self.articles + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        return folder
    }

    @Test func showAndWhyQuoteTheSentences() throws {
        let show = try CLI.run(["show", "alice", "--quote", "--data", Self.quoted])
        #expect(show.status == 0 && show.stderr.isEmpty, "\(show.stderr)")
        try expectSnapshot(show.stdout, "show-alice-quote.txt")
        let why = try CLI.run(["why", "alice", "bruno", "--quote", "--data", Self.quoted, "--format", "json"])
        #expect(why.status == 0 && why.stderr.isEmpty, "\(why.stderr)")
        try expectSnapshot(why.stdout, "why-alice-bruno-quote.json")
        let text = try CLI.run(["why", "alice", "bruno", "--quote", "--data", Self.quoted]).stdout
        #expect(text.contains("          wire: the two met in Tokyo on the 19th — Wire Agency, 2025-12-19\n"
                              + "            “Alice Ames and Bruno Béllo met in Tokyo on Friday.”\n"))
        let plain = try CLI.run(["show", "alice", "--data", Self.quoted, "--format", "json"]).stdout
        #expect(plain.contains("\"span\" : \"30-80\"") && !plain.contains("\"quote\""), "locations always, quotes on request")
    }

    @Test func aChangedArticleIsSaidSoAndNotQuoted() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wire = folder.appendingPathComponent("wire.txt")
        try (try String(contentsOf: wire, encoding: .utf8)).replacingOccurrences(of: "on Friday", with: "on Monday")
            .write(to: wire, atomically: true, encoding: .utf8)
        let show = try CLI.run(["show", "alice", "--quote", "--data", folder.path])
        #expect(show.status == 0)
        #expect(show.stdout.contains("    wire: the two met in Tokyo on the 19th\n      (not quoted: wire.txt changed since the sentence was located)\n"))
        #expect(!show.stdout.contains("Monday") && show.stdout.contains("“In its last issue of the year"))
        let json = try CLI.run(["show", "alice", "--quote", "--data", folder.path, "--format", "json"]).stdout
        #expect(json.contains("\"quoteProblem\" : \"article-changed\""))
        let validate = try CLI.run(["validate", folder.path])
        #expect(validate.status == 0)
        #expect(validate.stderr == "\(folder.path)/evidence.tsv:2:55: warning: the text at 30-80 of 'wire.txt' does not have this sha256: the article changed, or the span or hash is wrong; locate the sentence in the article again and write its span and sha256\n")
        #expect(try CLI.run(["validate", folder.path, "--strict"]).status == 65)
    }

    @Test func unreachableArticlesAreSaidOnce() throws {
        let result = try CLI.run(["show", "alice", "--quote", "--data", Self.quoted, "--articles", "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.stderr == "summitgraph: note: 2 article files not found in /nonexistent (--articles): review.txt, wire.txt; their sentences are not quoted (pass --articles DIR or set $SUMMITGRAPH_ARTICLES)\n")
        #expect(!result.stdout.contains("“Alice") && !result.stdout.contains("not quoted"))
        let validate = try CLI.run(["validate", Self.quoted, "--articles", "/nonexistent", "--format", "json"])
        #expect(validate.status == 0 && validate.stdout.contains("\"severity\" : \"warning\""))
        #expect(try CLI.run(["validate", Self.quoted, "--articles", "/nonexistent", "--strict"]).status == 65)
    }

    /// `--articles`, else `$SUMMITGRAPH_ARTICLES`, else datapackage.json's folder, else the dataset folder.
    @Test func theArticlesFolderIsFoundInOrder() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let quotedHere = { (result: CLIResult) in result.stdout.contains("“Alice Ames and Bruno Béllo met in Tokyo on Friday.”") }
        #expect(quotedHere(try CLI.run(["show", "alice", "--quote", "--data", folder.path])), "the dataset folder")
        #expect(!quotedHere(try CLI.run(["show", "alice", "--quote", "--data", folder.path], environment: ["SUMMITGRAPH_ARTICLES": "/nonexistent"])))
        #expect(quotedHere(try CLI.run(["show", "alice", "--quote", "--data", folder.path, "--articles", Self.articles],
                                       environment: ["SUMMITGRAPH_ARTICLES": "/nonexistent"])), "--articles wins")
        #expect(quotedHere(try CLI.run(["show", "alice", "--quote", "--data", Self.quoted])), "datapackage.json")
        #expect(!quotedHere(try CLI.run(["show", "alice", "--quote", "--data", Self.quoted], environment: ["SUMMITGRAPH_ARTICLES": "/nonexistent"])),
                "$SUMMITGRAPH_ARTICLES before datapackage.json")
        let noLocations = try CLI.run(["show", "alice", "--quote", "--data", CLI.fixture])
        #expect(noLocations.stderr == "summitgraph: note: no cited source has a located sentence (span and sha256 in evidence.tsv); nothing to quote\n")
    }

    @Test func validateChecksSourceFilesAndSpans() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["validate", folder.path]).stderr.isEmpty)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("review.txt"))
        let wire = folder.appendingPathComponent("wire.txt")
        try Data(String(try String(contentsOf: wire, encoding: .utf8).prefix(60)).utf8).write(to: wire)
        let result = try CLI.run(["validate", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout == "\(folder.path): valid: 8 nodes, 8 edges, 2 sources, 1 conflict; 2 warnings\n")
        #expect(result.stderr.split(separator: "\n") == [
            "\(folder.path)/sources.tsv:4:8: warning: article file 'review.txt' not found in \(folder.path) (the dataset folder); put the article there, correct the 'file' column, or name the folder with --articles DIR, $SUMMITGRAPH_ARTICLES or 'articles' in datapackage.json",
            "\(folder.path)/evidence.tsv:2:55: warning: span 30-80 reaches past the end of 'wire.txt' (60 characters); locate the sentence in the article again and write its span and sha256",
        ])
        let strict = try CLI.run(["validate", folder.path, "--strict"])
        #expect(strict.status == 65 && strict.stderr.contains("sources.tsv:4:8: error: article file 'review.txt' not found"))
    }
}
