// Fuzz target: the dataset writer's text model. The input is split at the first NUL byte into a
// TSV file and a row (tab-separated values for the file's columns). Any bytes write back
// identically; adding the row keeps every line of the file, in order, bytes unchanged (the last
// one may gain the line break it lacked).
import Foundation

func fuzzWriter(_ bytes: Data) {
    let halves = parts(bytes, count: 2)
    let file = [UInt8](halves[0] ?? Data())
    let document = TSVDocument(bytes: file)
    invariant(document.bytes == file, "a file did not write back identically")
    guard document.headerIndex != nil, let spec = halves[1] else { return }
    var row: [String: String] = [:]
    let values = String(decoding: spec, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
    for (column, value) in zip(document.columns, values) where !value.contains(where: { $0.isNewline }) { row[column] = String(value) }
    var byKind = RowOrder()
    byKind.group = { $0["kind"] ?? "" }
    byKind.sortKey = { $0["id"].map(RowOrder.SortKey.text) }
    byKind.anchor = { $0["edge"] }
    byKind.affinity = { $0["subtype"] }
    byKind.heading = { $0 + "s" }
    for order in [RowOrder(), byKind] {
        var copy = document
        let placement = copy.placement(of: row, order: order)
        invariant((0...document.lines.count).contains(placement.index), "a row placed outside the file")
        copy.insert(row: row, at: placement)
        let added = 1 + (placement.heading == nil ? 0 : 1 + placement.blanksAfter)
        invariant(copy.lines.count == document.lines.count + added, "lines lost or added")
        let kept = copy.lines[..<placement.index] + copy.lines[(placement.index + added)...]
        for (old, new) in zip(document.lines, kept) {
            invariant(old.bytes == new.bytes && old.kind == new.kind, "an existing line changed")
        }
    }
}
