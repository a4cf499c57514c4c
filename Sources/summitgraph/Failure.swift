import ArgumentParser
import Foundation
import SummitDataset
import SummitQuery
import SummitRender
import SummitImport
import SummitIngest

/// Every failure the CLI reports: worded here, printed to stderr, mapped to one exit status.
enum Failure {
    static let dataError = ExitCode(65)      // EX_DATAERR
    static let notFound = ExitCode(66)       // EX_NOINPUT
    static let usage = ExitCode(64)          // EX_USAGE
    static let noPath = ExitCode(3)          // path, why: the two nodes are not connected

    /// Prints `error` to stderr and returns the exit status to throw.
    static func report(_ error: Error) -> ExitCode {
        switch error {
        case DatasetError.invalid(let diagnostics):
            for diagnostic in diagnostics { printError(diagnostic.description) }
            let files = Set(diagnostics.map(\.file)).count
            printError("summitgraph: \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"); nothing was run")
            return dataError
        case DatasetError.notFound(let path, let reason):
            printError("summitgraph: error: \(path): \(reason); pass --data PATH or set \(DatasetLocator.environmentVariable)")
            return notFound
        case DatasetError.unknownRecord(let file, let id, let closest):
            printError("summitgraph: error: \(file): no row has the id '\(id)'" + (closest.map { "; did you mean '\($0)'?" } ?? ""))
            return notFound
        case DatasetError.unwritableValue(let file, let column, let value, let reason):
            printError("summitgraph: error: \(file): cannot write '\(value.prefix(80))' in column '\(column)': \(reason); nothing was written")
            return dataError
        case DatasetError.changedSinceRead(let file):
            printError("summitgraph: error: \(file) changed while summitgraph was editing the dataset; nothing was written: run the command again")
            return .failure
        case DatasetError.writeFailed(let path, let reason):
            printError("summitgraph: error: cannot write \(path): \(reason)")
            return .failure
        case let error as QueryError:
            if case .invalidArgument = error { return usageError(error.description) }
            printError("summitgraph: error: \(error)")
            return notFound
        case let error as ImportError:
            printError(error.description)
            printError("summitgraph: the graph file could not be read; nothing was run")
            return dataError
        case let error as RenderError:
            printError("summitgraph: error: \(error)")
            if case .graphvizMissing = error { return ExitCode(69) }  // EX_UNAVAILABLE
            return .failure
        case IngestError.invalidReview(let problems):
            for problem in problems { printError(problem.description) }
            printError("summitgraph: \(problems.count) problem\(problems.count == 1 ? "" : "s") in the review file; nothing was written")
            return dataError
        case let error as IngestError:
            printError("summitgraph: \(error)")
            return dataError
        case IngestFailure.missing(let path):
            printError("summitgraph: error: \(path): no such file or folder; give an article (.txt) or a folder of them")
            return notFound
        case IngestFailure.usage(let message):
            return usageError(message)
        case let error as OutputFailure:
            if case .missingFolder = error {
                printError("summitgraph: error: \(error)")
                return .failure
            }
            return usageError(error.description)
        case let error as ExitCode:
            return error
        default:
            printError("summitgraph: error: \(error)")
            return .failure
        }
    }

    /// A usage error found after parsing (a vocabulary value the graph lacks, a name --avoid
    /// cannot take), printed as swift-argument-parser prints a ValidationError: the message, the
    /// running command's usage and where its help is; exit 64.
    static func usageError(_ message: String) -> ExitCode {
        printError("Error: \(message)")
        var command: ParsableCommand.Type = SummitGraphCommand.self, names = ["summitgraph"]
        for argument in CommandLine.arguments.dropFirst() {
            guard let sub = command.configuration.subcommands.first(where: { $0.configuration.commandName == argument }) else { break }
            (command, names) = (sub, names + [argument])
        }
        printError("Usage: " + SummitGraphCommand.usageString(for: command))
        printError("  See '\(names.joined(separator: " ")) --help' for more information.")
        return usage
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The ingest commands' own failures (the article's are ``IngestError``).
enum IngestFailure: Error {
    case missing(String)
    case usage(String)
}

/// What is wrong with where `render` or `export` was told to write.
enum OutputFailure: Error, CustomStringConvertible {
    case contradiction(path: String, fileExtension: String, implied: String, given: String)
    case unknownExtension(path: String, known: [String])
    case missingFolder(path: String, folder: String)
    case notAvailable(format: String, reason: String)

    var description: String {
        switch self {
        case .contradiction(let path, let ext, let implied, let given):
            "\(path) ends in .\(ext), which is \(implied), but --format \(given) was given; drop --format or change the file name"
        case .unknownExtension(let path, let known):
            "cannot tell the format from the name \(path); give --format, or end the name in " + known.map { "." + $0 }.joined(separator: ", ")
        case .missingFolder(let path, let folder):
            "cannot write \(path): the folder \(folder) does not exist; create it first (it is not created for you)"
        case .notAvailable(let format, let reason):
            "--format \(format) \(reason)"
        }
    }
}
