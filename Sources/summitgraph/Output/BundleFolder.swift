import Foundation
import SummitExport
import SummitGraph

/// `export --format csv`: the bundle streamed into its folder as one group of files (each to a
/// temporary file, all renamed once the manifest is written too), then the files of an earlier
/// bundle there that this one no longer has (parts beyond its count, the other compression) removed.
enum BundleFolder {
    /// - Returns: What the bundle could not hold.
    static func write(_ graph: Graph, options: CSVBundleOptions, to folder: String) throws -> [String] {
        var losses: [String] = [], written: Set<String> = []
        try AtomicFile.writeGroup { file in
            // Escaping in name only: called while the bundle is written, so each file's body can go through it.
            try withoutActuallyEscaping(file) { file in
            losses = try CSVBundleWriter.write(graph, options: options) { name, body in
                written.insert(name)
                try file(URL(fileURLWithPath: folder).appendingPathComponent(name).path, body)
            }.losses
            }
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !written.contains(name) && isBundleFile(name) {
            unlink(URL(fileURLWithPath: folder).appendingPathComponent(name).path)
        }
        return losses
    }

    /// A name a bundle's table file has: `nodes.csv`, `edges.part-00012.csv.gz`, `sources.header.csv`….
    static func isBundleFile(_ name: String) -> Bool {
        name.wholeMatch(of: /(nodes|edges|sources)(\.header\.csv|(\.part-[0-9]{5,})?\.csv(\.gz)?)/) != nil
    }
}
