import ArgumentParser
import Foundation
import SummitExport
import SummitGraph
import SummitQuery
import SummitRender

extension Renderer.Layout: ExpressibleByArgument {}
extension Clustering: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a relationship map with Graphviz: shapes and colours per kind and type, a key, tooltips.",
        discussion: """
            Graphviz runs as a child process, without a shell, and is stopped after --timeout seconds.
            Without --layout, maps of up to \(Render.dotLimit) nodes use dot and larger ones sfdp.
            Without --format, the format follows the output file's extension (.svg, .png, .pdf, .html);
            without --output, the map goes to stdout when stdout is not a terminal, else to output/map.FORMAT.
            """)

    static let dotLimit = 500

    @Option(name: .long, help: "svg, png, pdf or html (default: the output file's extension, else svg).")
    var format: RenderFormat?

    @Option(name: .long, help: "Graphviz layout: dot, neato, fdp, sfdp, circo or twopi (default: dot, sfdp for large maps).")
    var layout: Renderer.Layout?

    @Option(name: .long, help: "Group nodes into boxes by state or by initiative.")
    var clusterBy: Clustering?

    @Option(name: .long, help: "Seconds before Graphviz is stopped.")
    var timeout: Double = 60

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: stdout if it is not a terminal, else output/map.FORMAT).", valueName: "path"))
    var output: String?

    @OptionGroup var part: FocusOptions

    @OptionGroup var html: HTMLMapOptions

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive, not \(timeout)") }
    }

    func run() throws {
        let chosenFormat: RenderFormat, path: String?
        do {
            chosenFormat = try OutputPath.format(given: format, path: output, formats: RenderFormat.extensions, fallback: output == nil ? .svg : nil)
            path = output ?? (OutputPath.stdoutIsTerminal ? "output/map.\(chosenFormat.rawValue)" : nil)
            if let output { try OutputPath.checkFolder(of: output) }
        } catch {
            throw Failure.report(error)
        }
        let selected = try part.selectedGraph()
        let isHTML = chosenFormat == .html
        if isHTML { try html.check(selected) }
        let large = selected.nodeCount > Self.dotLimit
        if large, layout == .dot {
            Failure.printError("summitgraph: note: \(selected.nodeCount) nodes is a lot for dot; --layout sfdp is much faster")
        } else if large, layout == nil {
            Failure.printError("summitgraph: note: \(selected.nodeCount) nodes: using the sfdp layout (--layout dot to insist)")
        }
        let chosen = layout ?? (large ? .sfdp : .dot)
        let result = MapDOTWriter.write(ExportTable(selected), options: .init(clusterBy: clusterBy))
        for loss in result.losses { Failure.printError("summitgraph: warning: \(loss)") }
        do {
            let step = Progress.start("drawing with \(chosen.rawValue)")
            defer { step.finish() }
            let image = isHTML
                ? try Self.htmlPage(of: selected, map: result, layout: chosen, timeout: timeout, title: mapTitle(selected),
                                    focus: Self.slug(of: part.focus, in: selected), dataset: try? DataOptions(data: part.data).dataPath(), output: path)
                : try Renderer(timeout: timeout).render(dot: result.dot, format: chosenFormat.graphviz ?? .svg, layout: chosen)
            if let path { try AtomicFile.write(image, to: path) } else { try StandardOutput.write(image) }
        } catch {
            throw Failure.report(error)
        }
        Failure.printError("summitgraph: wrote \(path ?? "\(chosenFormat.rawValue) to stdout") (\(selected.nodeCount) nodes, \(selected.edgeCount) edges, layout \(chosen.rawValue))")
    }
}
