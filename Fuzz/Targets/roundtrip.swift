// Fuzz target: whatever the JSON importer accepts must survive export → import → export
// unchanged, in JSON and in GraphML.
import Foundation

func fuzzRoundTrip(_ bytes: Data) {
    guard let (graph, _) = try? GraphImporter.load(data: bytes, name: "fuzz.json") else { return }
    for format in [ExportFormat.json, .graphml] {
        let first = format.write(graph).files[0].text
        do {
            let (back, _) = try GraphImporter.load(data: Data(first.utf8), name: "fuzz.\(format.fileExtension)")
            invariant(format.write(back).files[0].text == first, "\(format) export changed after re-import")
        } catch {
            invariant(false, "\(format) export not re-importable: \(error)")
        }
    }
}
