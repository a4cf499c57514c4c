import Foundation
import SummitExport
import SummitGraph
import Testing

/// Writes every export of a graph into a folder, as `Tests/Interop/check_exports.py` expects.
func writeExports(_ graph: Graph, to folder: URL) throws -> [ExportFormat: ExportResult] {
    var results: [ExportFormat: ExportResult] = [:]
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("csv"), withIntermediateDirectories: true)
    let names: [ExportFormat: String] = [.json: "graph.json", .graphml: "graph.graphml", .gexf: "graph.gexf",
                                         .dot: "graph.dot", .cytoscape: "graph.cyjs", .csv: "csv"]
    for format in ExportFormat.allCases {
        let result = format.write(graph)
        results[format] = result
        for file in result.files {
            let url = file.name.isEmpty ? folder.appendingPathComponent(names[format]!) : folder.appendingPathComponent("csv/\(file.name)")
            try Data(file.text.utf8).write(to: url)
        }
    }
    return results
}

/// Runs a command; returns its exit status and combined output.
func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("sg-run-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let handle = try FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Exports read by the real consumers: NetworkX, igraph, Graphviz")
struct ExportInteropTests {
    @Test func hostileNamesSurviveEveryFormatAndConsumer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try writeExports(try HostileGraph.make(), to: folder)
        let check = try run(["python3", repository.appendingPathComponent("Tests/Interop/check_exports.py").path, folder.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasSuffix(" 0 failed\n"))
        // What DOT cannot hold is reported, not dropped silently.
        let dotLosses = results[.dot]?.losses ?? []
        #expect(dotLosses.contains { $0.contains("backslash before a quote") && $0.contains("node 'node' aliases") })
        #expect(dotLosses.contains { $0.contains("HTML entities") && $0.contains("node 'strict' label") })
        #expect(results[.json]?.losses == [])
        #expect(results[.csv]?.losses.contains { $0.contains("';'") } == true)
    }

    @Test func theSeedsSurviveEveryFormatAndConsumer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-seeds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try writeExports(try loadSeeds(), to: folder)
        let check = try run(["python3", repository.appendingPathComponent("Tests/Interop/check_exports.py").path, folder.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(results.values.allSatisfy { $0.losses.isEmpty }, "the seeds fit every format")
    }

    @Test func outputIsByteIdenticalOnEveryRun() throws {
        let graph = try HostileGraph.make()
        for format in ExportFormat.allCases {
            #expect(format.write(graph).files.map(\.text) == format.write(try HostileGraph.make()).files.map(\.text), "\(format)")
        }
    }
}
