import ArgumentParser
import Foundation
import SummitDataset

/// A hidden test hook: adds rows to a dataset through ``DatasetWriter`` and writes it, so the
/// crash-safety test can kill a real process at each step of the commit
/// (`SUMMITGRAPH_FAULT_KILL_AFTER_STEP=N`: SIGKILL right after step N).
struct WriteRows: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write-rows",
        abstract: "Add rows to dataset files and write the dataset (a test hook).",
        discussion: "ROWS holds one row a line: FILE, then column=value fields, separated by tabs.",
        shouldDisplay: false)

    @Argument(help: "The rows to add.")
    var rows: String

    @OptionGroup var dataOptions: DataOptions

    /// Fault injection for the crash-safety test.
    static let killAfterStep = ProcessInfo.processInfo.environment["SUMMITGRAPH_FAULT_KILL_AFTER_STEP"].flatMap(Int.init)

    func run() throws {
        guard let text = try? String(contentsOfFile: rows, encoding: .utf8) else {
            throw Failure.report(DatasetError.notFound(path: rows, reason: "cannot read the rows file (UTF-8 text)"))
        }
        var steps = 0
        do {
            var writer = try DatasetWriter(directory: try dataOptions.dataPath())
            for (number, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                let pairs = try parts.dropFirst().map { part throws(DatasetError) -> (column: String, value: String) in
                    guard let equals = part.firstIndex(of: "=") else {
                        throw .invalid([Diagnostic(file: rows, line: number + 1, column: 1, message: "field '\(part)' is not column=value")])
                    }
                    return (String(part[..<equals]), String(part[part.index(after: equals)...]))
                }
                try writer.add(pairs, to: String(parts[0]))
            }
            try writer.write { _ in
                steps += 1
                if steps == Self.killAfterStep { kill(getpid(), SIGKILL) }
            }
        } catch {
            throw Failure.report(error)
        }
        Output.write("wrote the dataset in \(steps) steps\n")
    }
}
