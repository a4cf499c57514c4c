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
        case let error as QueryError:
            printError("summitgraph: error: \(error)")
            switch error {
            case .ambiguousName, .unknownName: return notFound
            case .invalidArgument: return usage
            }
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
        case IngestFailure.needsWriter:
            printError("summitgraph: error: writing the dataset needs the dataset writer (issue 12), not on main yet; nothing was written (use --dry-run to check a review file)")
            return ExitCode(69)  // EX_UNAVAILABLE
        case IngestFailure.usage(let message):
            printError("summitgraph: error: \(message)")
            return usage
        case let error as ExitCode:
            return error
        default:
            printError("summitgraph: error: \(error)")
            return .failure
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The ingest commands' own failures (the article's are ``IngestError``).
enum IngestFailure: Error {
    case missing(String)
    case usage(String)
    /// `ingest apply` without `--dry-run` before the dataset writer lands.
    case needsWriter
}
