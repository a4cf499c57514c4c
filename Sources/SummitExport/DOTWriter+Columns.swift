import SummitGraph

/// `export --format dot`, written from the graph's columns like ``GraphMLWriter``: node ids are
/// quoted once and copied for each edge end, what elements share (a node's kind and details, an
/// edge's type, status and date, an edge's details) is rendered once, with what its rendering
/// lost, and copied; names are escaped straight from the string pools. The text is byte for byte
/// ``DOTWriter/write(_:options:)`` of the graph's ``ExportTable`` with the default options.
extension DOTWriter {
    /// `graph` as DOT, in memory.
    /// - Complexity: O(size of the output).
    public static func write(_ graph: Graph, name: String = "summitgraph") -> ExportResult {
        ExportBytes.inMemory(capacity: 96 * graph.nodeCount + 240 * graph.edgeCount + 4096) { try write(graph, name: name, into: &$0) }
    }

    /// `graph` as DOT, handed to `sink` a MiB or so at a time, so that memory stays flat however
    /// large the graph.
    /// - Returns: What the format could not hold, as ``ExportResult/losses``.
    /// - Throws: What `sink` throws.
    public static func write(_ graph: Graph, name: String = "summitgraph",
                             to sink: (UnsafeRawBufferPointer) throws -> Void) throws -> [String] {
        try ExportBytes.streamed(to: sink) { try write(graph, name: name, into: &$0) }
    }

    /// - Complexity: O(size of the output), plus each distinct kind, detail and edge head rendered once.
    static func write(_ graph: Graph, name: String, into out: inout ExportBytes) throws -> [String] {
        var log = LossLog()
        out.append(preamble(name: name))
        // Each id quoted once, into `ids`, for the edges to copy.
        let ids = EscapedNames(graph.nodes.slugs) { raw, out in DOTText.appendID(raw, to: &out) ? 1 : 0 }
        try writeNodes(of: graph, ids: ids, into: &out, log: &log)
        try writeEdges(of: graph, ids: ids, into: &out, log: &log)
        out.append("}\n")
        return log.lines
    }

    /// `"id" [label=…, kind=…, details…, shape=…, fillcolor=…, tooltip="name (kind)\nalso: …"];`
    /// per node; a changed id is logged last, as the rows log it.
    private static func writeNodes(of graph: Graph, ids: borrowing EscapedNames, into out: inout ExportBytes, log: inout LossLog) throws {
        let nodes = graph.nodes
        // Per kind: its value, its style with the tooltip's opening, its words in the tooltip.
        // Per detail code (+1): its values, the tooltip's aliases line.
        var kinds = FragmentTable(piecesPerSlot: 3), details = FragmentTable(piecesPerSlot: 2)
        for i in 0..<nodes.count {
            out.append("  ")
            let changed = ids.append(i, to: &out) > 0
            out.append(" [label=")
            nodes.names.withBytes(i) { DOTText.appendLabel($0, to: &out, at: { "node '\(nodes.slugs[i])' label" }, log: &log) }
            let kind = Int(nodes.kindCodes[i]), code = nodes.detailCodes[i], detail = Int(code) + 1
            if !kinds.contains(kind) || !details.contains(detail) {
                let owner = "node '\(nodes.slugs[i])'"
                if !kinds.contains(kind) {
                    let name = nodes.kinds[kind].rawValue
                    kinds.fill(kind, with: [rendering { attributeText([("kind", .text(name))], owner: owner, log: &$0) },
                                            (", " + nodeStyle(name, in: graph.schema) + ", tooltip=\"", LossLog()),
                                            rendering { escaped(kindNote(name), at: owner + " tooltip", log: &$0) }])
                }
                if !details.contains(detail) {
                    let values = ExportAttributes.nodeDetails(code: code, in: graph)
                    let aliases: [String] = if case .list(let items)? = values.first(where: { $0.name == "aliases" })?.value { items } else { [] }
                    details.fill(detail, with: [rendering { attributeText(values, owner: owner, log: &$0) },
                                                rendering { escaped(alsoKnownAs(aliases), at: owner + " tooltip", log: &$0) }])
                }
            }
            kinds.append(kind, piece: 0, to: &out, log: &log)
            details.append(detail, piece: 0, to: &out, log: &log)
            kinds.append(kind, piece: 1, to: &out, log: &log)
            let removed = nodes.names.withBytes(i) { DOTText.appendEscaped($0, to: &out) }
            if removed > 0 { log.note(DOTText.controlRemoval, at: "node '\(nodes.slugs[i])' tooltip", count: removed) }
            kinds.append(kind, piece: 2, to: &out, log: &log)
            details.append(detail, piece: 1, to: &out, log: &log)
            out.append("\"];\n")
            if changed { log.note(DOTText.idChange, at: nodes.slugs[i]) }
            try out.flushIfFull()
        }
    }

    /// `"source" -> "target" [id=…, label=…, head values…, details…, color=…, fontcolor=…, style=…,
    /// tooltip="type · date · status\nsources: …"];` per edge.
    private static func writeEdges(of graph: Graph, ids: borrowing EscapedNames, into out: inout ExportBytes, log: inout LossLog) throws {
        let (nodes, edges, schema) = (graph.nodes, graph.edges, graph.schema)
        // Per edge head (numbered as first seen): the label and head values; the colours, style and
        // the tooltip's first line. Per detail code (+1): its values; the tooltip's sources line.
        var headSlots: [EdgeHeadKey: Int] = [:]
        var heads = FragmentTable(piecesPerSlot: 2), details = FragmentTable(piecesPerSlot: 2)
        // A detail that holds a value the tooltip reads (a free attribute named `date`…), or a head
        // that holds `sources` (a schema naming its status so), makes that edge's tooltip and colours
        // depend on both: they are rendered for the edge alone.
        let headReadsSources = schema.edgeFields.contains { [.type, .status, .date].contains($0.slot) && $0.valueNames.contains("sources") }
        var detailReads: [Bool] = []
        for i in 0..<edges.count {
            out.append("  ")
            let sourceChanged = ids.append(Int(edges.sources[i]), to: &out) > 0
            out.append(" -> ")
            let targetChanged = ids.append(Int(edges.targets[i]), to: &out) > 0
            out.append(" [id=")
            if edges.hasSynthesizedSlugs {
                out.append("\"e")
                out.append(decimal: i)
                out.append(byte: UInt8(ascii: "\""))
            } else if edges.slugs.withBytes(i, { DOTText.appendID($0, to: &out) }) {
                log.note(DOTText.idChange, at: edges.slugs[i])
            }
            out.append(", label=")
            let key = EdgeHeadKey(edge: i, in: edges), code = edges.detailCodes[i], detail = Int(code) + 1
            let head = headSlots[key] ?? headSlots.count
            if head == headSlots.count || !details.contains(detail) {
                let owner = "edge '\(edges.slug(at: i))'"
                if head == headSlots.count {
                    headSlots[key] = head
                    let values = ExportAttributes.edgeHead(key, in: graph), summary = EdgeSummary(values)
                    let label = values.first { $0.name == "label" }?.value.flattened ?? summary.type
                    heads.fill(head, with: [rendering { DOTText.label(label, at: owner + " label", log: &$0) + attributeText(dataValues(values, in: schema), owner: owner, log: &$0) },
                                            rendering { ", " + edgeStyle(summary, in: schema) + ", tooltip=\"" + escaped(summary.heading, at: owner + " tooltip", log: &$0) }])
                }
                if !details.contains(detail) {
                    let values = ExportAttributes.edgeDetails(code: code, in: graph)
                    details.fill(detail, with: [rendering { attributeText(dataValues(values, in: schema), owner: owner, log: &$0) },
                                                rendering { escaped(sourcesLine(EdgeSummary(values).sources), at: owner + " tooltip", log: &$0) }])
                    if detail >= detailReads.count { detailReads += Array(repeating: false, count: detail + 1 - detailReads.count) }
                    detailReads[detail] = values.contains { ["type", "status", "date"].contains($0.name) }
                }
            }
            heads.append(head, piece: 0, to: &out, log: &log)
            details.append(detail, piece: 0, to: &out, log: &log)
            if headReadsSources || detailReads[detail] {
                let owner = "edge '\(edges.slug(at: i))'"
                let summary = EdgeSummary(ExportAttributes.edgeHead(key, in: graph) + ExportAttributes.edgeDetails(code: code, in: graph))
                out.append(", " + edgeStyle(summary, in: schema) + ", tooltip=\"")
                out.append(escaped(summary.heading + sourcesLine(summary.sources), at: owner + " tooltip", log: &log))
            } else {
                heads.append(head, piece: 1, to: &out, log: &log)
                details.append(detail, piece: 1, to: &out, log: &log)
            }
            out.append("\"];\n")
            if sourceChanged { log.note(DOTText.idChange, at: nodes.slugs[Int(edges.sources[i])]) }
            if targetChanged { log.note(DOTText.idChange, at: nodes.slugs[Int(edges.targets[i])]) }
            try out.flushIfFull()
        }
    }

    /// Data attributes as they follow a name or a label: `, name="value"` each.
    private static func attributeText(_ values: ExportAttributes.List, owner: String, log: inout LossLog) -> String {
        attributes(values, owner: owner, log: &log).map { ", " + $0 }.joined()
    }

    /// A piece of text with what rendering it logged.
    private static func rendering(_ render: (inout LossLog) -> String) -> (text: String, losses: LossLog) {
        var losses = LossLog()
        let text = render(&losses)
        return (text, losses)
    }

    /// The inside of an escString of `text`, its removed control characters logged at `place`.
    private static func escaped(_ text: String, at place: @autoclosure () -> String, log: inout LossLog) -> String {
        var piece = ExportBytes(capacity: text.utf8.count + 8)
        let removed = DOTText.appendEscaped(text, to: &piece)
        if removed > 0 { log.note(DOTText.controlRemoval, at: place(), count: removed) }
        return piece.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }
}
