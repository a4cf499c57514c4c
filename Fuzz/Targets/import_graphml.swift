// Fuzz target: the graphml importer.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let (graph, _) = try GraphImporter.load(data: input(data, size), name: "fuzz.graphml")
        invariant(graph.edges.allSatisfy { $0.source.offset < graph.nodeCount && $0.target.offset < graph.nodeCount }, "dangling edge")
    } catch {
        invariant(error.line >= 1 && error.column >= 1, "bad location")
    }
    return 0
}
