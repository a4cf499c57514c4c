// Fuzz target: an edge list with its sibling nodes file (the input's two parts, split at its
// first NUL byte). The bulk reader and the general one must read the same graph, or refuse it
// with the same located message.
import Foundation

func fuzzEdgeListWithNodes(_ bytes: Data) {
    let input = parts(bytes, count: 2)
    let edges = input[0] ?? Data(), nodes = input[1]
    let fast = Result { () throws(ImportError) in try GraphImporter.load(edgeList: edges, nodes: nodes, name: "fuzz.edges.tsv") }
    let general = Result { () throws(ImportError) in try GraphImporter.load(edgeList: edges, nodes: nodes, name: "fuzz.edges.tsv", bulk: false) }
    switch (fast, general) {
    case (.success(let a), .success(let b)):
        invariant(a.graph.edges.allSatisfy { $0.source.offset < a.graph.nodeCount && $0.target.offset < a.graph.nodeCount }, "dangling edge")
        invariant(Array(a.graph.nodes) == Array(b.graph.nodes) && Array(a.graph.edges) == Array(b.graph.edges), "the readers disagree")
        invariant(a.warnings == b.warnings && a.graph.schema == b.graph.schema, "the readers note or type differently")
    case (.failure(let a), .failure(let b)):
        invariant(a.line >= 1 && a.column >= 1, "bad location")
        invariant(a == b, "the readers refuse differently: \(a) / \(b)")
    default:
        invariant(false, "one reader refuses what the other reads")
    }
}
