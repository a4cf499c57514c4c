// Fuzz target: the dataset loader. The input is split at NUL bytes into the five files.
import Foundation

func fuzzDataset(_ bytes: Data) {
    let names = ["sources.tsv", "nodes.tsv", "edges.tsv", "evidence.tsv", "conflicts.tsv"]
    var files: [String: Data] = [:]
    for (name, part) in zip(names, parts(bytes, count: names.count)) { files[name] = part }
    do {
        let graph = try DatasetLoader.load(files: files, name: "fuzz")
        invariant(graph.edges.allSatisfy { !$0.citations.isEmpty }, "a loaded edge without a source")
    } catch {
        switch error {
        case .invalid(let diagnostics): invariant(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "bad diagnostic")
        default: break
        }
    }
}
