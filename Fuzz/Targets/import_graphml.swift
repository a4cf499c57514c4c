// Fuzz target: the graphml importer, through both readers: the bulk one must read exactly what
// the general one reads, and refuse exactly what it refuses.
import Foundation

func fuzzGraphML(_ bytes: Data) {
    let bulk = Result { () throws(ImportError) in try GraphImporter.load(data: bytes, name: "fuzz.graphml", bulk: true) }
    let general = Result { () throws(ImportError) in try GraphImporter.load(data: bytes, name: "fuzz.graphml", bulk: false) }
    switch (bulk, general) {
    case (.success(let read), .success(let expected)):
        invariant(read.graph.edges.allSatisfy { $0.source.offset < read.graph.nodeCount && $0.target.offset < read.graph.nodeCount }, "dangling edge")
        invariant(Array(read.graph.nodes) == Array(expected.graph.nodes) && Array(read.graph.edges) == Array(expected.graph.edges)
                  && read.graph.sources == expected.graph.sources && read.warnings == expected.warnings, "the readers read differently")
    case (.failure(let error), .failure(let expected)):
        invariant(error.line >= 1 && error.column >= 1, "bad location")
        invariant(error == expected, "the readers refuse differently")
    default:
        invariant(false, "one reader refused what the other read")
    }
}
