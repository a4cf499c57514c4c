import Foundation
import Testing

/// Every command's `--format json` on the seeds, checked against its schema in docs/schemas/ by
/// Python's jsonschema (draft 2020-12), which scripts/setup installs.
@Suite("JSON output matches the committed schemas")
struct JSONSchemaTests {
    /// (schema, case, arguments): every command that prints JSON, with the shapes that vary.
    static let cases: [(String, String, [String])] = [
        ("neighbors", "depth1", ["neighbors", "Rahmon"]), ("neighbors", "depth2", ["neighbors", "Rahmon", "--depth", "2"]),
        ("show", "rahmon", ["show", "Rahmon"]), ("show", "summit", ["show", "summit-2025-tokyo"]),
        ("list", "all", ["list"]), ("search", "japan", ["search", "japan"]), ("search", "none", ["search", "Zanzibar"]),
        ("sources", "list", ["sources"]), ("sources", "jiji", ["sources", "jiji"]),
        ("stats", "seeds", ["stats"]), ("validate", "seeds", ["validate"]),
        ("validate", "broken", ["validate", "Tests/SummitDatasetTests/Fixtures/invalid/alias-shared"]),
        ("path", "found", ["path", "Rahmon", "Aso", "--all-shortest"]), ("path", "none", ["path", "Rahmon", "Aso", "--type", "visits"]),
        ("why", "found", ["why", "Rahmon", "Takaichi"]), ("shared", "japan", ["shared", "Japan", "Tajikistan"]),
        ("timeline", "all", ["timeline"]), ("timeline", "rahmon", ["timeline", "Rahmon"]),
        ("ego", "rahmon", ["ego", "Rahmon", "--radius", "2"]), ("rank", "pagerank", ["rank", "--by", "pagerank"]),
        ("rank", "degree", ["rank", "--by", "degree"]), ("components", "weak", ["components"]), ("components", "strong", ["components", "--strong"]),
    ]

    @Test func everyCommandsJSONMatchesItsSchema() throws {
        let folder = try CLI.scratchFolder("sg-json-schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (schema, name, arguments) in Self.cases {
            let result = try CLI.run(arguments + ["--format", "json"])
            #expect([0, 3, 65, 66].contains(result.status), "\(arguments): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(arguments) printed no JSON")
            try Data(result.stdout.utf8).write(to: folder.appendingPathComponent("\(schema).\(name).json"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CLI.repository.appendingPathComponent("Tests/Interop/check_json_output.py").path,
                             CLI.repository.appendingPathComponent("docs/schemas").path, folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.hasSuffix("\(Self.cases.count) outputs checked, 0 problems\n"), "\(text)")
    }

    /// Each command that prints JSON has its schema, and each schema file its command.
    @Test func oneSchemaPerCommand() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.repository.appendingPathComponent("docs/schemas").path)
        let commands = Set(files.filter { $0.hasSuffix(".schema.json") }.map { String($0.dropLast(".schema.json".count)) })
        #expect(commands == Set(Self.cases.map(\.0)).union(["node-link"]))
    }
}
