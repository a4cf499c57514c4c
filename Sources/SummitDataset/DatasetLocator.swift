import Foundation

/// Finds the dataset a command runs on when the user names none.
public enum DatasetLocator {
    /// The environment variable that names the default dataset.
    public static let environmentVariable = "SUMMITGRAPH_DATA"

    /// The dataset to use: `$SUMMITGRAPH_DATA`, else the nearest `seeds/` with a `nodes.tsv`
    /// in the current directory or a parent of it, else the same search from the executable's
    /// folder (so `swift run` and `.build/debug/summitgraph` work from anywhere in the checkout).
    /// Paths under the current directory are given relative to it.
    public static func defaultDataset(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: String = CommandLine.arguments.first ?? ""
    ) -> String? {
        if let named = environment[environmentVariable], !named.isEmpty { return named }
        let executableURL = URL(fileURLWithPath: executable, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
        for start in [URL(fileURLWithPath: currentDirectory, isDirectory: true),
                      executableURL.resolvingSymlinksInPath().deletingLastPathComponent()] {
            var folder = start.standardizedFileURL
            while true {
                let seeds = folder.appendingPathComponent("seeds", isDirectory: true)
                if FileManager.default.fileExists(atPath: seeds.appendingPathComponent("nodes.tsv").path) {
                    return relative(seeds.path, to: currentDirectory)
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    static func relative(_ path: String, to base: String) -> String {
        let prefix = URL(fileURLWithPath: base).standardizedFileURL.path
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        if full.hasPrefix(prefix + "/") { return String(full.dropFirst(prefix.count + 1)) }
        return full
    }
}
