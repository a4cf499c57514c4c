import ArgumentParser
import Foundation
import SummitDataset
import SummitGraph
import SummitIngest

/// `ingest score`: the dev-set measure (scripts/score-ingest runs it).
struct IngestScore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Ingest a curated dataset's articles into the base gazetteer, accept everything, compare with the dataset.",
        discussion: """
            Precision and recall per edge type on (type, ends, status), status accuracy, misses and false positives by cause. \
            With --held-out DIR: every DIR/NAME.txt that has a DIR/NAME.gold.tsv, each ingested on its own into the base \
            gazetteer and scored against its gold (Tests/SummitIngestTests/HeldOut).
            """)

    @Option(help: "The folder of the articles named in the dataset's sources.tsv (default: ../shared/seeds beside the dataset's checkout).")
    var articles: String?
    @Option(help: "A folder to write each article's review file to, as made.") var keep: String?
    @Option(help: "Score the held-out articles of this folder against their gold files instead.") var heldOut: String?
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        if let heldOut {
            guard FileManager.default.fileExists(atPath: heldOut) else { throw Failure.report(IngestFailure.missing(heldOut)) }
            let score: DevSetScore
            var written: [ReviewFile] = []
            do { score = try HeldOutSet.run(folder: heldOut, base: GraphBuilder().build()) { written.append($0) } } catch { throw Failure.report(error) }
            try keepReviews(written)
            let count = HeldOutSet.articles(in: heldOut).count
            return try report(score, "held-out set: \(count) articles, each on its own into the base gazetteer; every candidate accepted")
        }
        let expected = try dataOptions.loadGraph()
        let folder = try articles ?? URL(fileURLWithPath: dataOptions.dataPath()).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        let set = DevSet.sourceRecords(of: expected).map { DevSet.Article(path: folder + "/" + $0.file, source: $0) }
        for article in set where !FileManager.default.fileExists(atPath: article.path) { throw Failure.report(IngestFailure.missing(article.path)) }
        let score: DevSetScore
        var written: [ReviewFile] = []
        do { score = try DevSet.run(set, base: GraphBuilder().build(), expected: expected) { written.append($0) }.0 } catch { throw Failure.report(error) }
        try keepReviews(written)
        try report(score, "dev set: \(set.count) articles, one by one in publication order, into the base gazetteer; every candidate accepted")
    }

    private func keepReviews(_ written: [ReviewFile]) throws {
        guard let keep else { return }
        for review in written { try AtomicFile.write(Data(review.text().utf8), to: keep + "/" + review.source.id + ".review.tsv") }
    }

    private func report(_ score: DevSetScore, _ heading: String) throws {
        if dataOptions.format == .json { try Output.json(score); return }
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        var table = TextTable("TYPE", "EXPECTED", "PROPOSED", "CORRECT", "PRECISION", "RECALL")
        for c in score.byType + [score.total] {
            table.append([c.type, String(c.expected), String(c.proposed), String(c.correct), pct(c.precision), pct(c.recall)])
        }
        var out = heading + "\n\n"
        out += table.rendered()
        out += "\nstatuses right on \(score.statusRight) of \(score.matchedPairs) edges whose type and ends match (\(pct(score.statusAccuracy)))\n"
        for (title, items) in [("misses", score.misses), ("false positives", score.falsePositives)] {
            out += "\n\(title) (\(items.count)) by cause:\n"
            for cause in Set(items.map(\.cause)).sorted() {
                let list = items.filter { $0.cause == cause }
                out += "  \(cause) (\(list.count)):\n"
                for i in list { out += "    \(i.article.isEmpty ? "" : i.article + ": ")\(i.type) \(i.source) → \(i.target) \(i.status)\n" }
            }
        }
        Output.write(out)
    }
}
