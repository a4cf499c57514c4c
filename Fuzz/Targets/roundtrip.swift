// Fuzz target: whatever the JSON importer accepts must survive export → import → export
// unchanged, in JSON and in GraphML.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoundTrip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let (graph, _) = try? GraphImporter.load(data: input(data, size), name: "fuzz.json") else { return 0 }
    for format in [ExportFormat.json, .graphml] {
        let first = format.write(graph).files[0].text
        do {
            let (back, _) = try GraphImporter.load(data: Data(first.utf8), name: "fuzz.\(format.fileExtension)")
            invariant(format.write(back).files[0].text == first, "\(format) export changed after re-import")
        } catch {
            invariant(false, "\(format) export not re-importable: \(error)")
        }
    }
    return 0
}
