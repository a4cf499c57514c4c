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
    try Data().write(to: log)
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

    /// Free attributes come back from every consumer with their value and their Python type
    /// (floats, ints, booleans, JSON text for lists), DOT's as `attr_NAME`.
    @Test func freeAttributesSurviveEveryFormatAndConsumer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-attributes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try writeExports(try AttributeGraph.make(), to: folder)
        let check = try run(["python3", repository.appendingPathComponent("Tests/Interop/check_exports.py").path, folder.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(results.values.allSatisfy { $0.losses.isEmpty }, "\(results.mapValues(\.losses))")
        let dot = results[.dot]?.files[0].text ?? ""
        #expect(dot.contains("attr_weight=\"0.5\"") && dot.contains("attr_note_2d_2=") && dot.contains("attr_color=\"red\""))
        #expect(!dot.contains(" weight=") && !dot.contains(", style=\"bold\""), "Graphviz's own attributes untouched")
    }

    /// The shared conformance kit, when it is beside the checkout, passes on the same graph.
    @Test func theConformanceKitPassesOnFreeAttributes() throws {
        let kit = repository.deletingLastPathComponent().appendingPathComponent("shared/conformance")
        guard FileManager.default.fileExists(atPath: kit.appendingPathComponent("check-graphml").path) else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-kit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try writeExports(try AttributeGraph.make(drawingNames: false), to: folder)
        for (check, file) in [("check-graphml", "graph.graphml"), ("check-json", "graph.json"), ("check-gexf", "graph.gexf"), ("check-dot", "graph.dot")] {
            let result = try run(["python3", kit.appendingPathComponent(check).path, folder.appendingPathComponent(file).path])
            #expect(result.status == 0 && result.output.contains("OK nodes=3 edges=3"), "\(check): \(result.output)")
        }
        for (a, b) in [("graph.graphml", "graph.json"), ("graph.graphml", "graph.gexf"), ("graph.graphml", "graph.dot"), ("graph.json", "graph.dot")] {
            let result = try run(["python3", kit.appendingPathComponent("compare").path, folder.appendingPathComponent(a).path,
                                  folder.appendingPathComponent(b).path])
            #expect(result.status == 0, "compare \(a) \(b): \(result.output)")
        }
    }

    @Test func outputIsByteIdenticalOnEveryRun() throws {
        let graph = try HostileGraph.make()
        for format in ExportFormat.allCases {
            #expect(format.write(graph).files.map(\.text) == format.write(try HostileGraph.make()).files.map(\.text), "\(format)")
        }
    }
}
