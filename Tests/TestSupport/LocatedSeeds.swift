import Foundation

/// The seeds' files with a sentence location on every other evidence line (made-up spans and
/// hashes in place of the seeds' own: nothing here is checked against an article), for tests of everything that must
/// carry locations: exports, imports, snapshots, the writer.
public enum LocatedSeeds {
    /// File name → contents, for `DatasetLoader.load(files:name:)`.
    public static func files(repository: URL) throws -> [String: Data] {
        let folder = repository.appendingPathComponent("seeds")
        var files: [String: Data] = [:]
        for name in ["sources.tsv", "nodes.tsv", "edges.tsv", "evidence.tsv", "conflicts.tsv"] {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        var lines = String(decoding: files["evidence.tsv"] ?? Data(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        // The seeds' own (real) locations are replaced by these made-up ones: drop their columns.
        if let header = lines.first(where: { $0.hasPrefix("edge\t") }) {
            let columns = header.split(separator: "\t", omittingEmptySubsequences: false)
            let located = Set(columns.indices.filter { columns[$0] == "span" || columns[$0] == "sha256" })
            if !located.isEmpty {
                for i in lines.indices where !lines[i].isEmpty && !lines[i].hasPrefix("#") {
                    let fields = lines[i].split(separator: "\t", omittingEmptySubsequences: false)
                    lines[i] = Substring(fields.indices.filter { !located.contains($0) }.map { fields[$0] }.joined(separator: "\t"))
                }
            }
        }
        var row = 0
        for i in lines.indices where !lines[i].isEmpty && !lines[i].hasPrefix("#") {
            if lines[i].hasPrefix("edge\t") {
                lines[i] += "\tspan\tsha256"
                continue
            }
            defer { row += 1 }
            let digits = String(repeating: String(row % 16, radix: 16), count: 63) + String(row / 16 % 16, radix: 16)
            lines[i] += row % 2 == 0 ? "\t\(row * 100)-\(row * 100 + 40 + row)\t\(digits)" : "\t\t"
        }
        files["evidence.tsv"] = Data(lines.joined(separator: "\n").utf8)
        return files
    }
}
