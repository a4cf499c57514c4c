import Foundation
import Testing

/// Runs the built `summitgraph` executable and captures what it prints.
struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum CLI {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture dataset used for golden output (stable, unlike the seeds).
    static let fixture = repository.appendingPathComponent("Tests/SummitDatasetTests/Fixtures/valid").path
    static let seeds = repository.appendingPathComponent("seeds").path

    /// The executable next to the test bundle (`<scratch>/debug/summitgraph`).
    static let executable: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [bundleFolder, bundleFolder.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("summitgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repository.appendingPathComponent(".build/debug/summitgraph")
    }()

    /// Snapshots of the tests' big files go here, not to the user's cache.
    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent("sg-cli-cache-\(getpid())").path

    /// A new empty folder under the temporary directory, named `PREFIX-UUID`.
    static func scratchFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `summitgraph ARGUMENTS` with no stdin, in `directory`, without SUMMITGRAPH_DATA
    /// unless `environment` sets it, with snapshots in ``cache`` and SOURCE_DATE_EPOCH fixed unless set.
    static func run(_ arguments: [String], in directory: String? = nil,
                    environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SUMMITGRAPH_DATA")
        env["SUMMITGRAPH_CACHE"] = cache
        // Maps say when they were made: a fixed time, so two runs in different minutes agree.
        env["SOURCE_DATE_EPOCH"] = env["SOURCE_DATE_EPOCH"] ?? "1767225600"
        env.merge(environment) { $1 }
        process.environment = env
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repository.path)
        // Files rather than pipes: nothing can block, however much the child prints.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return CLIResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Compares `text` with `Snapshots/NAME`; `SUMMITGRAPH_RECORD=1` rewrites the file instead.
func expectSnapshot(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = CLI.repository.appendingPathComponent("Tests/SummitCLITests/Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SUMMITGRAPH_RECORD"] == "1" {
        try Data(text.utf8).write(to: url, options: .atomic)
        Issue.record("recorded snapshot \(name); run again without SUMMITGRAPH_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); record it with SUMMITGRAPH_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "output differs from Snapshots/\(name)", sourceLocation: sourceLocation)
}
