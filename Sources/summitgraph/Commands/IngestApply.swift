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
            (every problem as REVIEW:LINE:COLUMN, exit 65, nothing written). --dry-run prints what would
            be added, corroborated, recorded as conflict and rejected. Writing the dataset needs the
            dataset writer (issue 12), which main does not have yet: without --dry-run apply stops
            after the checks (exit 69) and changes nothing.
            """)

    @Argument(help: ArgumentHelp("The review file ingest wrote, decided.", valueName: "review.tsv")) var review: String
    @Flag(help: "Check and report; write nothing.") var dryRun = false
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: review) else { throw Failure.report(IngestFailure.missing(review)) }
        let file: ReviewFile
        do { file = try ReviewFile(parsing: String(decoding: data, as: UTF8.self), file: review) } catch { throw Failure.report(error) }
        let graph = try dataOptions.loadGraph()
        let summary: CandidateMerge.Summary
        do { summary = try CandidateMerge.apply(file, to: graph).1 } catch { throw Failure.report(error) }
        if dataOptions.format == .json { try Output.json(summary) } else {
            Output.write("""
                \(review): \(summary.nodes) new nodes, \(summary.aliases) aliases, \(summary.edges) new edges, \
                \(summary.corroborations) corroborations, \(summary.conflicts) conflicts recorded, \(summary.rejected) rejected, \
                \(summary.unchanged) already there

                """)
        }
        guard dryRun else { throw Failure.report(IngestFailure.needsWriter) }
        Failure.printError("summitgraph: --dry-run: nothing was written")
    }
}
