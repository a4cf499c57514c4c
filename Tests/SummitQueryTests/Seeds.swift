import Foundation
import SummitDataset
import SummitGraph

/// The project's `seeds/`, loaded once.
enum Seeds {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    static let graph: Graph = {
        do { return try DatasetLoader.load(directory: directory) } catch {
            fatalError("the seeds must load: \(error)")
        }
    }()

    static func id(_ slug: String) -> NodeID {
        guard let id = graph.node(slug: slug) else { fatalError("no node \(slug) in the seeds") }
        return id
    }

    /// The edges of `type` from `source` to `target`.
    static func edges(_ type: EdgeType, from source: String, to target: String) -> [Edge] {
        graph.outgoingEdges(of: id(source)).map { graph[$0] }
            .filter { $0.type == type && $0.target == id(target) }
    }

    static func sources(of edge: Edge) -> [String] { edge.sources.map { graph[$0].slug } }
}
