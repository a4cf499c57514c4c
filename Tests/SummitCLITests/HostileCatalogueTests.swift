import Foundation
import Testing

/// The hostile-input catalogue, end to end: every broken dataset under
/// `Tests/SummitDatasetTests/Fixtures/invalid/` and every hostile graph file listed in
/// `Tests/SummitImportTests/Fixtures/expected.tsv`, fed to `export -o` over an existing file.
/// Each must exit 65 with exactly its expected messages and leave the file untouched.
enum Catalogue {
    static let datasets = CLI.repository.appendingPathComponent("Tests/SummitDatasetTests/Fixtures")
    static let imports = CLI.repository.appendingPathComponent("Tests/SummitImportTests/Fixtures")

    static var datasetCases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: datasets.appendingPathComponent("invalid").path)) ?? []).sorted()
    }

    static var importCases: [(file: String, message: String)] {
        let text = (try? String(contentsOf: imports.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    /// The valid fixture with the case's files laid over it (`X.absent` removes X).
    static func materialize(_ name: String, in folder: URL) throws -> URL {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: datasets.appendingPathComponent("valid"), to: target)
        let overlay = datasets.appendingPathComponent("invalid/\(name)")
        for file in try FileManager.default.contentsOfDirectory(atPath: overlay.path) where file != "expected.txt" {
            if file.hasSuffix(".absent") {
                try? FileManager.default.removeItem(at: target.appendingPathComponent(String(file.dropLast(7))))
            } else {
                try? FileManager.default.removeItem(at: target.appendingPathComponent(file))
                try FileManager.default.copyItem(at: overlay.appendingPathComponent(file), to: target.appendingPathComponent(file))
            }
        }
        return target
    }
}

@Suite("Hostile-input catalogue: exact message, exit 65, no output touched")
struct HostileCatalogueTests {
    @Test func theCatalogueHasAtLeastFiftyCases() {
        #expect(Catalogue.datasetCases.count + Catalogue.importCases.count >= 50)
    }

    @Test(arguments: Catalogue.datasetCases)
    func brokenDataset(_ name: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Catalogue.materialize(name, in: folder)
        let output = folder.appendingPathComponent("out.json")
        try Data("previous".utf8).write(to: output)
        let result = try CLI.run(["export", "--format", "json", "--data", name, "-o", output.path], in: folder.path)
        #expect(result.status == 65, "\(name)")
        let expected = try String(contentsOf: Catalogue.datasets.appendingPathComponent("invalid/\(name)/expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let got = result.stderr.split(separator: "\n").map(String.init)
        #expect(got.dropLast().allSatisfy { $0.hasPrefix("\(name)/") }, "every message names the file in its folder")
        #expect(got.dropLast().map { $0.replacingOccurrences(of: "\(name)/", with: "") } == expected, "\(name)")
        #expect(got.last?.hasSuffix("; nothing was run") == true)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: Catalogue.importCases.map(\.file))
    func hostileGraphFile(_ file: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Catalogue.imports.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        let output = folder.appendingPathComponent("out.graphml")
        let result = try CLI.run(["export", "--format", "graphml", "--data", file, "-o", output.path], in: folder.path)
        #expect(result.status == 65, "\(file)")
        let message = Catalogue.importCases.first { $0.file == file }?.message ?? ""
        #expect(result.stderr.split(separator: "\n").first.map(String.init) == message)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
