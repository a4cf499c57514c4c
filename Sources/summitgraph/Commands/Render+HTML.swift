import ArgumentParser
import Foundation
import SummitDataset
import SummitExport
import SummitGraph
import SummitQuery
import SummitRender

/// `render --format html`'s own option: the node limit above which no page is written.
struct HTMLMapOptions: ParsableArguments {
    static let defaultMaxNodes = 2500

    @Option(name: .long, help: ArgumentHelp(
        "With --format html: refuse maps of more nodes than this (default: \(HTMLMapOptions.defaultMaxNodes)); narrow with --focus, --type or dates.",
        valueName: "count"))
    var maxNodes: Int = HTMLMapOptions.defaultMaxNodes

    func validate() throws {
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes)") }
    }

    /// Refuses (exit 64) a map of `graph`'s size above the limit, with the advice to narrow it.
    func check(_ graph: Graph) throws {
        guard graph.nodeCount > maxNodes else { return }
        Failure.printError("""
            summitgraph: error: the map has \(graph.nodeCount) nodes, more than --max-nodes \(maxNodes) an interactive page stays usable with; \
            narrow it with --focus NAME --depth N, --type T, --kind K or --from/--to DATE (or raise --max-nodes)
            """)
        throw Failure.usage
    }
}

extension Render {
    /// The interactive map: Graphviz's SVG of `map`, with its data block, script and stylesheet, in one file.
    /// - Complexity: Graphviz's layout, then O(size of the SVG and of `graph`).
    static func htmlPage(of graph: Graph, map: MapDOTWriter.Result, layout: Renderer.Layout, timeout: Double,
                         title: String, focus: String?, dataset: String?, output: String?) throws -> Data {
        let svg = try Renderer(timeout: timeout).render(dot: map.dot, format: .svg, layout: layout)
        let links = dataset.map { articleLinks(graph, dataset: $0, from: output) } ?? [:]
        let drawn = map.drawnEdges.map { MapData.DrawnEdge(svgID: $0.svgID, members: $0.members) }
        let data = MapData.json(for: graph, options: .init(title: title, drawnEdges: drawn, focus: focus, links: links))
        return Data(HTMLMapPage.html(svg: String(decoding: svg, as: UTF8.self), data: data, title: title).utf8)
    }

    /// Each source's article file that is there, as a path relative to the page's folder (absolute when there is no page file).
    static func articleLinks(_ graph: Graph, dataset: String, from output: String?) -> [String: String] {
        let library = ArticleLibrary(dataset: dataset)
        let base = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path }
        var links: [String: String] = [:]
        for source in graph.sources where library.hasArticle(source) {
            let file = URL(fileURLWithPath: library.path(of: source)).standardizedFileURL.path
            links[source.slug] = base.map { relativePath(file, from: $0) } ?? file
        }
        return links
    }

    /// `path` relative to folder `base` (both absolute), `../` as needed.
    static func relativePath(_ path: String, from base: String) -> String {
        let to = path.split(separator: "/"), from = base.split(separator: "/")
        let common = zip(to, from).prefix { $0 == $1 }.count
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to.dropFirst(common).map(String.init)).joined(separator: "/")
    }
}

extension Render {
    /// What the page's title says the map shows: the dataset, the focus, the counts.
    func mapTitle(_ graph: Graph) -> String {
        let dataset = (try? DataOptions(data: part.data).dataPath()).map { URL(fileURLWithPath: $0).lastPathComponent } ?? "graph"
        let around = part.focus.map { " around \($0)" } ?? ""
        return "summitgraph map of \(dataset)\(around): \(graph.nodeCount) nodes, \(graph.edgeCount) edges, \(graph.sources.count) sources"
    }
}

extension Render {
    /// The slug of the node `name` names in `graph` (the `--focus` node, which the selection kept).
    static func slug(of name: String?, in graph: Graph) -> String? {
        name.flatMap { try? NameResolver(graph: graph).resolve($0) }.map { graph.nodes.slug(of: $0) }
    }
}
