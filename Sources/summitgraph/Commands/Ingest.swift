import ArgumentParser
import Foundation
import SummitDataset
import SummitIngest

/// `ingest ARTICLE… | DIR`: candidate facts for review.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read news articles into candidate facts to review (then: ingest apply REVIEW.tsv).",
        discussion: """
            One article: the review file goes to -o PATH (else stdout). A folder: every .txt in it, one
            NAME.review.tsv each in -o FOLDER (default: the current folder), source ids from the file names.
            Exit status: 0 done; 64 bad option; 65 an article cannot be read (empty, binary, not UTF-8,
            another language, no date; in a folder the others are still read); 66 the article or dataset does not exist.
            """,
        subcommands: [IngestArticles.self, IngestApply.self, IngestScore.self],
        defaultSubcommand: IngestArticles.self)
}

struct IngestArticles: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Read articles into review files (the default).")

    @Argument(help: ArgumentHelp("An article (.txt) or a folder of them.", valueName: "article"))
    var path: String
    @Option(help: "The source id the facts will cite (required for one article).") var source: String?
    @Option(help: "Publication date YYYY-MM-DD (default: the article's ' date' header).") var published: String?
    @Option(help: "Outlet.") var publisher: String = "unknown"
    @Option(help: "Headline.") var title: String = "(untitled)"
    @Option(help: "Address of the article.") var url: String = ""
    @Option(name: .shortAndLong, help: "Where to write: a file (one article) or a folder.") var output: String?
    @Flag(help: "Print the candidates as JSON instead of writing a review file.") var json = false
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let graph = try dataOptions.loadGraph()
        let rejected = Rejections.load(directory: (try? dataOptions.dataPath()) ?? ".")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Failure.report(IngestFailure.missing(path))
        }
        let files = isFolder.boolValue
            ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { path + "/" + $0 }
            : [path]
        guard isFolder.boolValue || source != nil else { throw Failure.report(IngestFailure.usage("pass --source ID: the source id the facts will cite")) }
        let progress = Progress.start("ingesting", total: files.count)
        defer { progress.finish() }
        var reviews: [ReviewFile] = []
        var refused = 0
        for file in files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let record = ReviewFile.SourceRecord(id: isFolder.boolValue ? Ingester.sourceID(forFile: file) : source!, file: name,
                                                 publisher: publisher, published: published ?? "", title: title, url: url)
            do {
                let (review, _) = try Ingester.review(articleAt: file, source: record, graph: graph, rejected: rejected)
                reviews.append(review)
                if !json { try write(review, folder: isFolder.boolValue) }
            } catch let error as IngestError where isFolder.boolValue {
                // In a folder, an unreadable article is reported and the others are still read.
                Failure.printError("summitgraph: \(error)")
                refused += 1
            } catch { throw Failure.report(error) }
            progress.advance()
        }
        if json { if isFolder.boolValue { try Output.json(reviews) } else { try Output.json(reviews[0]) } }
        if refused > 0 {
            progress.finish()
            Failure.printError("summitgraph: \(refused) of \(files.count) articles refused; the other \(files.count - refused) were read")
            throw ExitCode(65)
        }
    }

    private func write(_ review: ReviewFile, folder: Bool) throws {
        let data = Data(review.text().utf8)
        if folder {
            let target = (output ?? ".") + "/" + URL(fileURLWithPath: review.source.file).deletingPathExtension().lastPathComponent + ".review.tsv"
            try AtomicFile.write(data, to: target)
        } else if let output {
            try AtomicFile.write(data, to: output)
        } else {
            Output.write(review.text())
        }
    }
}
