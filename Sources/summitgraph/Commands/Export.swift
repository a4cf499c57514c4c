import ArgumentParser
import Foundation
import SummitExport
import SummitGraph
import SummitQuery

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @Option(name: .long, help: ArgumentHelp("Export only the nodes around this one.", valueName: "name"))
    var focus: String?

    @Option(name: .long, help: "With --focus: how many hops around it.")
    var depth: Int = 1

    @Flag(name: .long, help: "Print what the format cannot hold, on stderr.")
    var report = false

    @OptionGroup var selectionOptions: SelectionOptions

    @Option(name: .long, help: ArgumentHelp("The dataset folder (default: $SUMMITGRAPH_DATA, else the nearest seeds/).", valueName: "path"))
    var data: String?

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1, not \(depth)") }
        if format == .csv, output == nil { throw ValidationError("csv writes three files: give --output FOLDER") }
    }

    func run() throws {
        let graph = try DataOptions(data: data).loadGraph()
        let selected: Graph
        do {
            let focusID = try focus.map { try NameResolver(graph: graph).resolve($0) }
            selected = try graph.selecting(selectionOptions.selection(in: graph), focus: focusID, depth: depth)
        } catch {
            throw Failure.report(error)
        }
        let result = format.write(selected)
        if report { for line in format.limitations { Failure.printError("summitgraph: \(format.rawValue) cannot hold: \(line)") } }
        for loss in result.losses { Failure.printError("summitgraph: warning: \(loss)") }
        guard let output else { return Output.write(result.files.first?.text ?? "") }
        do {
            for file in result.files {
                let path = file.name.isEmpty ? output : URL(fileURLWithPath: output).appendingPathComponent(file.name).path
                try AtomicFile.write(Data(file.text.utf8), to: path)
            }
        } catch {
            throw Failure.report(error)
        }
    }
}
