// Fuzz target: the graphml importer.
import Foundation

func fuzzGraphML(_ bytes: Data) {
    do {
        let (graph, _) = try GraphImporter.load(data: bytes, name: "fuzz.graphml")
        invariant(graph.edges.allSatisfy { $0.source.offset < graph.nodeCount && $0.target.offset < graph.nodeCount }, "dangling edge")
    } catch {
        invariant(error.line >= 1 && error.column >= 1, "bad location")
    }
}
