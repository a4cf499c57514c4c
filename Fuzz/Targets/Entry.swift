// The one libFuzzer entry point: SUMMITGRAPH_FUZZ_TARGET picks the target, so every target
// is built into one binary (scripts/fuzz).
import Foundation

let fuzzTarget: (Data) -> Void = {
    let targets: [String: (Data) -> Void] = [
        "dataset": fuzzDataset, "import_graphml": fuzzGraphML, "import_json": fuzzJSON,
        "import_edgelist": fuzzEdgeList, "import_edgelist_nodes": fuzzEdgeListWithNodes, "resolver": fuzzResolver,
        "roundtrip": fuzzRoundTrip, "writer": fuzzWriter, "ingest": fuzzIngest,
    ]
    let name = ProcessInfo.processInfo.environment["SUMMITGRAPH_FUZZ_TARGET"] ?? ""
    guard let target = targets[name] else {
        FileHandle.standardError.write(Data("set SUMMITGRAPH_FUZZ_TARGET to one of: \(targets.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzTarget(Data(bytes: data, count: size))
    return 0
}
