import ArgumentParser
import Foundation
import SummitIngest

/// `ingest apply REVIEW.tsv`: merge the accepted rows.
struct IngestApply: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Check a review file and merge its accepted rows into the dataset.",
        discussion: """
            Refuses a file with an undecided row, an unknown decision, a broken column or an edited id
            (every problem as REVIEW:LINE:COLUMN, exit 65, nothing written). Prints what was added,
            corroborated, recorded as conflict and rejected; rejected ids go to rejections.tsv, which
            ingest reads. The dataset writer validates the result and writes all files or none;
            applying the same file twice changes nothing. --dry-run checks and reports, writing nothing.
            """)

    @Argument(help: ArgumentHelp("The review file ingest wrote, decided.", valueName: "review.tsv")) var review: String
    @Flag(help: "Check and report; write nothing.") var dryRun = false
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: review) else { throw Failure.report(IngestFailure.missing(review)) }
        let file: ReviewFile
        do { file = try ReviewFile(data: data, file: review) } catch { throw Failure.report(error) }
        let summary: CandidateMerge.Summary
        var steps = 0
        do {
            // The crash-safety test's hook (SUMMITGRAPH_FAULT_KILL_AFTER_STEP=N), as in write-rows.
            summary = try ReviewApplier.apply(file, to: try dataOptions.dataPath(), write: !dryRun) { _ in
                steps += 1
                if steps == WriteRows.killAfterStep { kill(getpid(), SIGKILL) }
            }
        } catch { throw Failure.report(error) }
        if dataOptions.format == .json { try Output.json(summary) } else {
            Output.write("""
                \(review): \(summary.nodes) new nodes, \(summary.aliases) aliases, \(summary.edges) new edges, \
                \(summary.corroborations) corroborations, \(summary.conflicts) conflicts recorded, \(summary.rejected) rejected, \
                \(summary.unchanged) already there\(dryRun ? "" : "; written")

                """)
        }
        if dryRun { Failure.printError("summitgraph: --dry-run: nothing was written") }
    }
}
