import ArgumentParser
import Foundation
import SummitExport
import SummitGraph
import SummitQuery

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph, or a selection of it, as DOT, GraphML, JSON, GEXF, Cytoscape or CSV.",
        discussion: """
            Without --output the export goes to stdout (csv needs --output: it is three files).
            Files are written atomically: a temporary file, flushed, then renamed.
            What the format cannot hold is printed on stderr; --report lists the format's limits.
            """)

    @Option(name: .long, help: "dot, graphml, json (NetworkX node-link), gexf, cytoscape or csv (neo4j-admin bundle).")
    var format: ExportFormat

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (a folder for csv), e.g. output/map.graphml.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Print what the format cannot hold, on stderr.")
    var report = false

    @OptionGroup var part: FocusOptions

    func validate() throws {
        if format == .csv, output == nil { throw ValidationError("csv writes three files: give --output FOLDER") }
    }

    func run() throws {
        let selected = try part.selectedGraph()
        if report { for line in format.limitations { Failure.printError("summitgraph: \(format.rawValue) cannot hold: \(line)") } }
        var losses: [String] = []
        do {
            if format == .csv, let output {
                let result = format.write(selected)
                losses = result.losses
                for file in result.files {
                    try AtomicFile.write(Data(file.bytes), to: URL(fileURLWithPath: output).appendingPathComponent(file.name).path)
                }
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
    }
}
