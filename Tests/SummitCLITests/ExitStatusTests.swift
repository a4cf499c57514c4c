import Foundation
import Testing

/// Exit statuses and empty answers as the commands' help words them.
@Suite("exit statuses: validate, no path, shared A A")
struct ExitStatusTests {
    @Test func validateOnAFolderWithNoDatasetExits66() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sg-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try CLI.run(["validate", empty.path])
        #expect(result.status == 66, "\(result.stderr)")
        #expect(result.stderr.contains("\(empty.path): no dataset here (none of sources.tsv, nodes.tsv, edges.tsv or datapackage.json)"))
        #expect(try CLI.run(["validate", empty.path, "--format", "json"]).status == 66)
        #expect(try CLI.run(["neighbors", "x", "--data", empty.path]).status == 66)
        // A folder with part of a dataset is a broken dataset: 65, each missing file named.
        try Data("id\tkind\tname\n".utf8).write(to: empty.appendingPathComponent("nodes.tsv"))
        let partial = try CLI.run(["validate", empty.path])
        #expect(partial.status == 65 && partial.stderr.contains("edges.tsv:1:1: error: the file is missing"))
    }

    @Test func noPathSaysFiltersOnlyWhenGivenAndJSONListsNoPaths() throws {
        let plain = try CLI.run(["path", "Baku", "Rahmon"])
        #expect(plain.status == 3 && plain.stderr == "summitgraph: no path from 'Baku' to 'Emomali Rahmon'\n" && plain.stdout.isEmpty)
        let filtered = try CLI.run(["path", "Rahmon", "Liberal Democratic Party", "--type", "met"])
        #expect(filtered.status == 3 && filtered.stderr == "summitgraph: no path from 'Emomali Rahmon' to 'Liberal Democratic Party' with these filters\n")
        for command in ["path", "why"] {
            let json = try CLI.run([command, "Baku", "Rahmon", "--format", "json"])
            #expect(json.status == 3, "\(command)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(command)")
            #expect((object["paths"] as? [Any])?.isEmpty == true, "\(command)")
            #expect((object["from"] as? [String: Any])?["id"] as? String == "baku")
            let tsv = try CLI.run([command, "Baku", "Rahmon", "--format", "tsv"])
            #expect(tsv.status == 3 && tsv.stdout.split(separator: "\n").count == 1, "\(command): the header alone")
        }
        let neighbours = try CLI.run(["neighbors", "Rahmon", "--from", "2030"])
        #expect(neighbours.stdout.hasSuffix("  (none with these filters)\n"))
    }

    @Test func sharedRefusesOneNodeTwice() throws {
        for pair in [["Rahmon", "Rahmon"], ["Rahmon", "emomali-rahmon"]] {
            let result = try CLI.run(["shared"] + pair)
            #expect(result.status == 64, "\(pair)")
            #expect(result.stderr.hasPrefix("Error: invalid value '\(pair[1])': '\(pair[0])' and '\(pair[1])' are the same node (emomali-rahmon)"))
            #expect(result.stdout.isEmpty)
        }
    }
}
