import Foundation
import SummitDataset
import SummitGraph

/// The fixture datasets: `Fixtures/valid/` and, under `Fixtures/invalid/CASE/`, files that
/// replace the valid ones to break one rule, plus `expected.txt`: the exact diagnostics,
/// with paths relative to the dataset folder.
enum Fixtures {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static var valid: String { root.appendingPathComponent("valid").path }

    static var invalidCases: [String] {
        let folder = root.appendingPathComponent("invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted()
    }

    /// A scratch copy of the valid dataset with the case's files laid over it.
    static func materialize(_ name: String) throws -> URL {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("summitgraph-fixture-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let fm = FileManager.default
        for file in try fm.contentsOfDirectory(atPath: valid) {
            try fm.copyItem(atPath: valid + "/" + file, toPath: scratch.appendingPathComponent(file).path)
        }
        let overlay = root.appendingPathComponent("invalid").appendingPathComponent(name)
        for file in try fm.contentsOfDirectory(atPath: overlay.path) where file != "expected.txt" {
            let target = scratch.appendingPathComponent(file)
            try? fm.removeItem(at: target)
            let data = try Data(contentsOf: overlay.appendingPathComponent(file))
            // An empty file named `FILE.absent` removes FILE from the dataset.
            if file.hasSuffix(".absent") {
                try? fm.removeItem(at: scratch.appendingPathComponent(String(file.dropLast(7))))
            } else {
                try data.write(to: target)
            }
        }
        return scratch
    }

    static func expected(_ name: String) throws -> [String] {
        let url = root.appendingPathComponent("invalid").appendingPathComponent(name).appendingPathComponent("expected.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The diagnostics loading `folder` gives, with the folder's path stripped.
    static func diagnostics(loading folder: URL) -> [String]? {
        do {
            _ = try DatasetLoader.load(directory: folder.path)
            return nil
        } catch {
            switch error {
            case .invalid(let diagnostics):
                return diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
            case .notFound(let path, let reason):
                return ["\(path): \(reason)"]
            default:
                return ["\(error)"]
            }
        }
    }
}
