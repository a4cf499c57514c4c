import Foundation
import Testing

/// `scripts/locate-evidence` on a scratch copy of the valid fixture (whose articles, wire.txt and
/// review.txt, were written for the tests): what it writes, what it leaves for a person, and that
/// `validate --strict` and `show --quote` accept the result.
@Suite("scripts/locate-evidence locates evidence in the articles")
struct LocateEvidenceTests {
    static let script = CLI.repository.appendingPathComponent("scripts/locate-evidence").path

    /// Runs the script with `arguments`, capturing what it prints.
    func locate(_ arguments: [String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script] + arguments
        let out = Pipe(), err = Pipe()
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                         stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func strongMatchesAreWrittenWeakOnesListedAndPicked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-locate-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: CLI.fixture, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        // CRLF line ends, a comment and a blank line, which must stay as they are.
        let evidence = folder.appendingPathComponent("evidence.tsv")
        let lines = try String(contentsOf: evidence, encoding: .utf8).split(separator: "\n").map(String.init)
        let original = ([lines[0], "# a comment", lines[1], ""] + lines[2...]).joined(separator: "\r\n") + "\r\n"
        try Data(original.utf8).write(to: evidence)

        let check = try locate([folder.path, "--check"])
        #expect(check.status == 1)
        #expect(try String(contentsOf: evidence, encoding: .utf8) == original, "--check writes nothing")
        let first = try locate([folder.path])
        #expect(first.status == 1, "one row is left for a person")
        #expect(first.stdout.contains("evidence.tsv:5: met-alice-bruno/review: weak (sentence 1 "), "\(first.stdout)")
        #expect(first.stderr == "locate-evidence: 2 rows, 1 to locate, 1 left for a person, 0 wrong\n")
        let written = try String(contentsOf: evidence, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(written[0] == lines[0] + "\tspan\tsha256" && written[1] == "# a comment" && written[3] == "" && written.last == "")
        #expect(written[2].hasPrefix(lines[1] + "\t0-80\t") && written[4] == lines[2] + "\t\t")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".evidence.") }, "no temporary file left")

        #expect(try locate([folder.path, "--pick", "met-alice-bruno/review=1"]).status == 0)
        #expect(try locate([folder.path, "--check"]).status == 0, "nothing left to locate, every span right")
        #expect(try CLI.run(["validate", folder.path, "--strict"]).status == 0)
        let show = try CLI.run(["show", "alice", "--quote", "--data", folder.path])
        #expect(show.stdout.contains("    review: recalls the meeting\n      “In its last issue of the year"), "\(show.stdout)")
    }

    @Test func badInputIsRefusedWithItsExitStatus() throws {
        #expect(try locate(["/nonexistent"]).status == 66)
        let pick = try locate([CLI.fixture, "--pick", "nonsense"])
        #expect(pick.status == 64 && pick.stderr.contains("expected EDGE/SOURCE=N"))
        let articles = try locate([CLI.fixture, "--check", "--articles", "/nonexistent"])
        #expect(articles.status == 66 && articles.stderr.contains("no such article file (source wire)"))
    }
}
