import Foundation
import SummitGraph

/// Reads the common shape of a TSV edge list (`src dst [type] [date] [status]`, with an optional
/// sibling `NAME.nodes.tsv` of `id [kind] [name]`) straight into the graph's columns: fields are
/// byte ranges, node ids are looked up by their bytes, types and kinds are interned once, and no
/// `String` is made per field.
///
/// It reads exactly what ``EdgeListReader`` and ``GraphAssembler`` would make of the same file
/// (a test compares the two). Whatever it does not expect (another column, CSV, a short row, an
/// odd date, an over-long value, more than 256 distinct kinds, types or statuses) makes it return
/// `nil` and the general reader takes the file, so every refusal is still worded, and located, in
/// one place.
enum EdgeListBulkReader {
    /// The graph and warnings, or `nil` when the file is not of the shape read here.
    /// - Complexity: O(bytes of both files) on average.
    static func read(_ edges: UnsafeRawBufferPointer, nodes: UnsafeRawBufferPointer?, file: String) -> (Graph, [String])? {
        guard UTF8Check.isValid(edges), nodes.map(UTF8Check.isValid) ?? true else { return nil }
        var builder = GraphBuilder()
        builder.reserve(nodes: (nodes?.count ?? 0) / 16, edges: edges.count / 24)
        guard let plainKind = try? builder.kindCode(NodeKind(unchecked: "node")) else { return nil }
        if let nodes, !readNodes(nodes, into: &builder, plainKind: plainKind) { return nil }

        var lines = LineCursor(edges)
        guard let headerLine = lines.next() else { return nil }
        let header = Fields(headerLine).all
        guard header.count >= 2, header.count <= 5 else { return nil }
        var (src, dst, type, date, status) = (-1, -1, -1, -1, -1)
        for (i, name) in header.enumerated() {
            switch String(decoding: name, as: UTF8.self) {
            case let n where EdgeListReader.sourceNames.contains(n) && src < 0: src = i
            case let n where EdgeListReader.targetNames.contains(n) && dst < 0: dst = i
            case "type" where type < 0, ":TYPE" where type < 0: type = i
            case "date" where date < 0: date = i
            case "status" where status < 0: status = i
            default: return nil
            }
        }
        guard src >= 0, dst >= 0 else { return nil }

        var types = ByteInterner<UInt16>(), statuses = ByteInterner<UInt8>()
        guard let linked = try? builder.typeCode(EdgeType(unchecked: "linked")), let occurred = try? builder.statusCode(.occurred) else { return nil }
        var details: Int32?
        var missingStatus = 0
        var cells = [UnsafeRawBufferPointer](repeating: UnsafeRawBufferPointer(start: nil, count: 0), count: header.count)
        while let line = lines.next() {
            guard Fields(line).split(into: &cells) else { return nil }
            guard let s = node(cells[src], &builder, plainKind), let t = node(cells[dst], &builder, plainKind) else { return nil }
            var code = linked
            if type >= 0, !cells[type].isEmpty {
                guard cells[type].count <= GraphAssembler.maximumValueBytes else { return nil }
                guard let typeCode = types.code(cells[type], make: { try? builder.typeCode(EdgeType(unchecked: String(decoding: $0, as: UTF8.self))) })
                else { return nil }
                code = typeCode
            }
            var packed: UInt64 = 0
            if date >= 0, !cells[date].isEmpty {
                guard let span = DateField.parse(cells[date]) else { return nil }
                packed = span
            }
            var known = occurred
            if status >= 0, !cells[status].isEmpty {
                guard cells[status].count <= GraphAssembler.maximumValueBytes,
                      let named = statuses.code(cells[status], make: { try? builder.statusCode(EdgeStatus(unchecked: String(decoding: $0, as: UTF8.self))) })
                else { return nil }
                known = named
            } else {
                missingStatus += 1
            }
            if details == nil {
                let name = String(file.split(separator: "/").last ?? Substring(file))
                guard let source = try? builder.add(Source(slug: "file:" + name, file: name, publisher: "imported file",
                                                           published: nil, title: name)) else { return nil }
                details = builder.detailCode(EdgeDetails(citations: [Citation(source: source)]))
            }
            builder.appendEdge(source: s.index, target: t.index, type: code, status: known, date: packed, details: details!)
        }
        var warnings: [String] = []
        if missingStatus > 0 { warnings.append(GraphAssembler.missingStatusNote(missingStatus, file: file)) }
        return (builder.build(), warnings)
    }

    /// Reads the nodes file into `builder`; `false` when it is not of the shape read here.
    private static func readNodes(_ data: UnsafeRawBufferPointer, into builder: inout GraphBuilder, plainKind: UInt16) -> Bool {
        var lines = LineCursor(data)
        guard let headerLine = lines.next() else { return true }
        let header = Fields(headerLine).all.map { String(decoding: $0, as: UTF8.self) }
        guard let id = header.firstIndex(where: { $0 == "id" }), Set(header).count == header.count,
              header.allSatisfy(["id", "kind", "name"].contains) else { return false }
        let kind = header.firstIndex(of: "kind"), name = header.firstIndex(of: "name")
        var kinds = ByteInterner<UInt16>()
        var cells = [UnsafeRawBufferPointer](repeating: UnsafeRawBufferPointer(start: nil, count: 0), count: header.count)
        while let line = lines.next() {
            guard Fields(line).split(into: &cells) else { return false }  // the general reader skips such rows
            guard !cells[id].isEmpty, cells.allSatisfy({ $0.count <= GraphAssembler.maximumValueBytes }) else { return false }
            var code = plainKind
            if let kind, !cells[kind].isEmpty {
                // Past 256 distinct kinds, the general reader takes the files.
                guard let named = kinds.code(cells[kind], make: { try? builder.kindCode(NodeKind(unchecked: String(decoding: $0, as: UTF8.self))) })
                else { return false }
                code = named
            }
            guard builder.addNode(slug: cells[id], name: name.map { cells[$0] } ?? cells[id], kind: code) != nil else { return false }
        }
        return true
    }

    /// The node `raw` names, created as a plain node when no line declared it.
    private static func node(_ raw: UnsafeRawBufferPointer, _ builder: inout GraphBuilder, _ plainKind: UInt16) -> NodeID? {
        guard !raw.isEmpty, raw.count <= GraphAssembler.maximumValueBytes else { return nil }
        return builder.node(slug: raw, orAddingWithKind: plainKind)
    }
}
