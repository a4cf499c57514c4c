import ArgumentParser
import Foundation
import SummitExport
import SummitGraph
import SummitQuery

extension ExportFormat: ExpressibleByArgument {}
extension CSVBundleOptions.Flavour: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph, or a selection of it, as DOT, GraphML, JSON, GEXF, Cytoscape or CSV.",
        discussion: """
            Without --output the export goes to stdout (csv needs --output: it is a folder of files).
            Without --format, the format follows the output file's extension: .dot or .gv, .graphml,
            .json, .gexf, .cyjs or .cytoscape.json (csv needs --format csv); a --format the extension
            contradicts is a usage error, and a file in a folder that does not exist is refused.
            Files are written atomically: a temporary file, flushed, then renamed; a csv bundle's files
            are renamed together once its manifest.json is written.
            What the format cannot hold is printed on stderr; --report lists the format's limits.
            """)

    @Option(name: .long, help: "dot, graphml, json (NetworkX node-link), gexf, cytoscape or csv (neo4j-admin bundle); default: the output file's extension.")
    var format: ExportFormat?

    /// The file name extensions each format is known by; cytoscape's JSON may also end in .json, GraphML in .xml.
    static let extensions: KeyValuePairs<String, ExportFormat> = [
        "dot": .dot, "gv": .dot, "graphml": .graphml, "json": .json, "gexf": .gexf, "cyjs": .cytoscape, "cytoscape.json": .cytoscape,
    ]

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (a folder for csv), e.g. output/map.graphml.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("csv: rows per part file (nodes.part-00000.csv …).", valueName: "n"))
    var splitRows: Int?

    @Flag(name: .long, help: "csv: compress the parts with gzip (.csv.gz).")
    var gzip = false

    @Option(name: .long, help: "csv: neo4j (neo4j-admin headers) or graphframes (id, src, dst).")
    var flavour: CSVBundleOptions.Flavour = .neo4j

    @Flag(name: .long, help: "Print what the format cannot hold, on stderr.")
    var report = false

    @OptionGroup var part: FocusOptions

    func validate() throws {
        if format == nil, output == nil { throw ValidationError("give --format, or --output with a file name whose extension names one") }
        if format == .csv, output == nil { throw ValidationError("csv writes a folder of files: give --output FOLDER") }
        if format != .csv, splitRows != nil || gzip || flavour != .neo4j {  // csv is never inferred from a name
            throw ValidationError("--split-rows, --gzip and --flavour apply to --format csv only")
        }
        if let splitRows, splitRows < 1 { throw ValidationError("--split-rows must be at least 1, not \(splitRows)") }
    }

    func run() throws {
        let format: ExportFormat
        do {
            format = try OutputPath.format(given: self.format, path: output, formats: Self.extensions,
                                           compatible: { ($0, $1) == (.cytoscape, "json") || ($0, $1) == (.graphml, "xml") }, fallback: nil)
            if let output { try OutputPath.checkFolder(of: output) }
        } catch {
            throw Failure.report(error)
        }
        let selected = try part.selectedGraph()
        if report { for line in format.limitations { Failure.printError("summitgraph: \(format.rawValue) cannot hold: \(line)") } }
        var losses: [String] = []
        do {
            if format == .csv, let output {
                losses = try BundleFolder.write(selected, options: CSVBundleOptions(flavour: flavour, rowsPerPart: splitRows, gzip: gzip), to: output)
            } else if let output {
                try AtomicFile.write(to: output) { sink in losses = try format.write(selected, to: sink) }
            } else {
                let stdout = PipelinedFileWriter(descriptor: STDOUT_FILENO)
                losses = try format.write(selected) { try stdout.write($0) }
                try stdout.finish()
            }
        } catch {
            throw Failure.report(error)
        }
        for loss in losses { Failure.printError("summitgraph: warning: \(loss)") }
        if let output { Failure.printError("summitgraph: wrote \(output) (\(format.rawValue), \(selected.nodeCount) nodes, \(selected.edgeCount) edges)") }
    }
}
