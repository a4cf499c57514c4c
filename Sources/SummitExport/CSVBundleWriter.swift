import SummitGraph

/// A CSV bundle: `nodes`, `edges` and `sources` tables, each one file or numbered parts (plain or
/// gzip), typed headers in the neo4j-admin or the GraphFrames flavour (see ``CSVBundleOptions``),
/// and `manifest.json` last, with each part's rows and SHA-256. Lists are `;`-separated; maps are
/// canonical JSON text; fields are quoted as RFC 4180 asks; relationship types are upper case.
///
/// Written from the graph's columns like GraphML: what rows share (a node's details, an edge's
/// type, status and date, an edge's details) is rendered once and copied, ids are escaped once,
/// and each file goes to its sink a MiB or so at a time, so memory stays flat whatever the size.
public enum CSVBundleWriter {
    /// Writes the file `name` of the bundle: `body` hands its bytes to the sink it is given, in
    /// order; the file is complete when `body` returns. Files come in writing order, the manifest last.
    public typealias FileOpener = (_ name: String, _ body: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> Void

    /// `graph` as a bundle in memory: one ``ExportResult/File`` per file, `manifest.json` last.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: Graph, name: String = "summitgraph", options: CSVBundleOptions = .init()) -> ExportResult {
        var files: [ExportResult.File] = []
        let written = try? write(graph, name: name, options: options) { file, body in
            var bytes: [UInt8] = []
            try body { bytes.append(contentsOf: $0) }
            files.append(.init(name: file, bytes: bytes))
        }
        return ExportResult(bytes: files, losses: written?.losses ?? [])
    }

    /// `graph` as a bundle, each file handed to `open`.
    /// - Returns: The manifest written last, and what the format could not hold.
    /// - Throws: What `open` or its sinks throw; zlib's refusal.
    /// - Complexity: O(size of the output).
    @discardableResult
    public static func write(_ graph: Graph, name: String = "summitgraph", options: CSVBundleOptions = .init(),
                             files open: FileOpener) throws -> (manifest: CSVBundleManifest, losses: [String]) {
        // Escaping in name only (it is called only during this call), so that a table's row
        // renderer can be called from inside the file body it passes to `open`.
        try withoutActuallyEscaping(open) { open in try write(graph, name: name, options: options, open: open) }
    }

    private static func write(_ graph: Graph, name: String, options: CSVBundleOptions,
                              open: @escaping FileOpener) throws -> (manifest: CSVBundleManifest, losses: [String]) {
        let (nodes, edges, flavour) = (graph.nodes, graph.edges, options.flavour)
        var log = LossLog(), findings = CSVFields.Findings()
        var tables: [CSVBundleManifest.Table] = []
        /// A memoized fragment reused: its split lists are counted again, for this row.
        func note(_ splitLists: Int) {
            if splitLists > 0 { log.note(CSVFields.arraySplit, at: "", count: splitLists) }
        }

        /// One table: its header and rows, split into parts, each through a ``CSVPartStream``.
        func table(_ table: String, _ layout: [CSVColumn], rows count: Int, row: (Int, inout ExportBytes) throws -> Void) throws {
            let columns = CSVBundleLayout.columns(layout, in: flavour), header = CSVFields.header(columns, in: flavour)
            let perPart = options.rowsPerPart ?? max(count, 1)
            let partCount = max(1, (count + perPart - 1) / perPart)
            let separateHeader = options.rowsPerPart != nil && flavour == .neo4j
            var headerFile: String?
            if separateHeader {
                let file = "\(table).header.csv"
                try open(file) { sink in try header.withUnsafeBytes(sink) }
                headerFile = file
            }
            var parts: [CSVBundleManifest.Part] = []
            for part in 0..<partCount {
                let file = CSVBundleLayout.partName(table, part: options.rowsPerPart == nil ? nil : part, gzip: options.gzip)
                let rows = part * perPart..<min(count, (part + 1) * perPart)
                try open(file) { sink in
                    let written = try withoutActuallyEscaping(sink) { sink in
                        let stream = try CSVPartStream(gzip: options.gzip, file: sink)
                        var out = ExportBytes(sink: { try stream.write($0) })
                        if !separateHeader { header.withUnsafeBytes { out.append($0) } }
                        for i in rows {
                            try row(i, &out)
                            out.append("\r\n")
                            try out.flushIfFull()
                        }
                        _ = try out.finish()
                        return try stream.finish()
                    }
                    parts.append(.init(file: file, rows: rows.count, bytes: written.bytes, sha256: written.sha256, header: !separateHeader))
                }
            }
            tables.append(.init(name: table, rows: count, columns: columns.map { .init(name: $0.name, type: $0.type.rawValue, header: $0.field(in: flavour)) },
                                headerFile: headerFile, parts: parts))
        }

        // Nodes: the id, the kind (and its neo4j label), the name, the details, the ordinal.
        var lineBreakInIDs = false
        let ids = EscapedNames(nodes.slugs) { raw, out in
            if CSVText.append(raw, to: &out) { lineBreakInIDs = true }
            return 0
        }
        let kinds = nodes.kinds.map(\.rawValue)
        let labels = kinds.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let detailColumns = Array(CSVBundleLayout.nodes[4...7])
        var nodeDetails = FragmentMemo<Int32>()
        try table("nodes", CSVBundleLayout.nodes, rows: nodes.count) { i, out in
            _ = ids.append(i, to: &out)
            let kind = Int(nodes.kindCodes[i])
            if flavour == .neo4j {
                out.append(byte: UInt8(ascii: ","))
                CSVText.append(labels[kind], to: &out)
            }
            out.append(byte: UInt8(ascii: ","))
            if nodes.names.withBytes(i, { CSVText.append($0, to: &out) }) { findings.lineBreak = true }
            out.append(byte: UInt8(ascii: ","))
            CSVText.append(kinds[kind], to: &out)
            out.append(byte: UInt8(ascii: ","))
            let code = nodes.detailCodes[i]
            note(nodeDetails.append(code, to: &out) { piece in
                var found = CSVFields.Findings()
                CSVFields.append(ExportAttributes.nodeDetails(code: code, in: graph), columns: detailColumns, to: &piece,
                                 findings: &found, log: &log, place: "node '\(nodes.slugs[i])'")
                if found.lineBreak { findings.lineBreak = true }
                return found.splitLists
            })
            out.append(byte: UInt8(ascii: ","))
            out.append(decimal: i)
        }

        // Edges: the ends copied from `ids`, the relationship type, the id, the head, the details, the ordinal.
        let relationships = edges.types.map { $0.rawValue.uppercased() }
        var heads = FragmentMemo<EdgeHeadKey>(), edgeDetails = FragmentMemo<Int32>()
        let attributeColumns = CSVBundleLayout.attributeColumns(of: graph)
        try table("edges", CSVBundleLayout.edges(with: attributeColumns), rows: edges.count) { i, out in
            _ = ids.append(Int(edges.sources[i]), to: &out)
            out.append(byte: UInt8(ascii: ","))
            _ = ids.append(Int(edges.targets[i]), to: &out)
            out.append(byte: UInt8(ascii: ","))
            if flavour == .neo4j {
                CSVText.append(relationships[Int(edges.typeCodes[i])], to: &out)
                out.append(byte: UInt8(ascii: ","))
            }
            if edges.hasSynthesizedSlugs {
                out.append(byte: UInt8(ascii: "e"))
                out.append(decimal: i)
            } else if edges.slugs.withBytes(i, { CSVText.append($0, to: &out) }) {
                findings.lineBreak = true
            }
            out.append(byte: UInt8(ascii: ","))
            let head = EdgeHeadKey(edge: i, in: edges)
            _ = heads.append(head, to: &out) { piece in
                CSVFields.append(ExportAttributes.edgeHead(head, in: graph), columns: CSVBundleLayout.edgeHead, to: &piece,
                                 findings: &findings, log: &log, place: "edge '\(edges.slug(at: i))'")
                return 0
            }
            out.append(byte: UInt8(ascii: ","))
            let code = edges.detailCodes[i]
            note(edgeDetails.append(code, to: &out) { piece in
                var found = CSVFields.Findings()
                CSVFields.append(ExportAttributes.edgeDetails(code: code, in: graph), columns: CSVBundleLayout.edgeDetails + attributeColumns, to: &piece,
                                 findings: &found, log: &log, place: "edge '\(edges.slug(at: i))'")
                if found.lineBreak { findings.lineBreak = true }
                return found.splitLists
            })
            out.append(byte: UInt8(ascii: ","))
            out.append(decimal: i)
        }

        // Sources: few, written from their objects.
        let sources = ExportAttributes.sources(of: graph)
        let sourceColumns = CSVBundleLayout.sources
        try table("sources", sourceColumns, rows: sources.count) { i, out in
            guard case .object(let members) = sources[i] else { return }
            let values: ExportAttributes.List = members.compactMap { m in
                if case .string(let s) = m.value { (m.key, .text(s)) } else { nil }
            }
            CSVFields.append(values, columns: sourceColumns, to: &out, findings: &findings, log: &log, place: "source")
        }

        let multiline = findings.lineBreak || lineBreakInIDs
        let manifest = CSVBundleManifest(flavour: flavour.rawValue, graph: name, compression: options.gzip ? "gzip" : "none",
                                         multilineFields: multiline, tables: tables,
                                         neo4jAdminArguments: flavour == .neo4j ? CSVBundleManifest.neo4jArguments(tables, multiline: multiline) : nil)
        try open("manifest.json") { sink in try manifest.json.withUnsafeBytes(sink) }
        return (manifest, log.lines)
    }
}
