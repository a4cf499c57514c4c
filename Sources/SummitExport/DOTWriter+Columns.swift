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
        let (nodes, schema) = (graph.nodes, graph.schema)
        out.append(preamble(name: name))

        // Nodes: `"id" [label=…, kind=…, details…, shape=…, fillcolor=…, tooltip="name (kind)\nalso: …"];`
        // Each id quoted once, into `ids`, for the edges to copy; the loss is noted last, as the rows note it.
        let ids = EscapedNames(nodes.slugs) { raw, out in DOTText.appendID(raw, to: &out) ? 1 : 0 }
        var kinds = LossyFragments<UInt16>(), kindStyles = LossyFragments<UInt16>(), kindNotes = LossyFragments<UInt16>()
        var details = LossyFragments<Int32>(), aliases = LossyFragments<Int32>()
        for i in 0..<nodes.count {
            let owner = { "node '\(nodes.slugs[i])'" }
            out.append("  ")
            let changed = ids.append(i, to: &out) > 0
            out.append(" [label=")
            nodes.names.withBytes(i) { DOTText.appendLabel($0, to: &out, at: { owner() + " label" }, log: &log) }
            let kindCode = nodes.kindCodes[i], kind = nodes.kinds[Int(kindCode)].rawValue
            kinds.append(kindCode, to: &out, log: &log) { log in
                attributes([("kind", .text(kind))], owner: owner(), log: &log).map { ", " + $0 }.joined()
            }
            let code = nodes.detailCodes[i]
            let values = { ExportAttributes.nodeDetails(code: code, in: graph) }
            details.append(code, to: &out, log: &log) { log in attributes(values(), owner: owner(), log: &log).map { ", " + $0 }.joined() }
            kindStyles.append(kindCode, to: &out, log: &log) { _ in ", " + nodeStyle(kind, in: schema) + ", tooltip=\"" }
            let removed = nodes.names.withBytes(i) { DOTText.appendEscaped($0, to: &out) }
            if removed > 0 { log.note(DOTText.controlRemoval, at: owner() + " tooltip", count: removed) }
            kindNotes.append(kindCode, to: &out, log: &log) { log in escaped(kindNote(kind), at: owner() + " tooltip", log: &log) }
            aliases.append(code, to: &out, log: &log) { log in
                let names: [String] = if case .list(let items)? = values().first(where: { $0.name == "aliases" })?.value { items } else { [] }
                return escaped(alsoKnownAs(names), at: owner() + " tooltip", log: &log)
            }
            out.append("\"];\n")
            if changed { log.note(DOTText.idChange, at: nodes.slugs[i]) }
            try out.flushIfFull()
        }
        try writeEdges(of: graph, ids: ids, into: &out, log: &log)
        out.append("}\n")
        return log.lines
    }

    /// Edges: `"source" -> "target" [id=…, label=…, head values…, details…, color=…, fontcolor=…,
    /// style=…, tooltip="type · date · status\nsources: …"];`
    private static func writeEdges(of graph: Graph, ids: borrowing EscapedNames, into out: inout ExportBytes, log: inout LossLog) throws {
        let (nodes, edges, schema) = (graph.nodes, graph.edges, graph.schema)
        // A detail that holds a value the tooltip reads (a free attribute named `date`…), or a head
        // that holds `sources` (a schema naming its status so), makes that edge's tooltip and colours
        // depend on both: rendered for the edge alone.
        let headReadsSources = schema.edgeFields.contains { [.type, .status, .date].contains($0.slot) && $0.valueNames.contains("sources") }
        var heads = LossyFragments<EdgeHeadKey>(), styles = LossyFragments<EdgeHeadKey>()
        var details = LossyFragments<Int32>(), sourceLines = LossyFragments<Int32>()
        var detailReads: [Int32: Bool] = [:]
        for i in 0..<edges.count {
            let owner = { "edge '\(edges.slug(at: i))'" }
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
            let head = EdgeHeadKey(edge: i, in: edges), code = edges.detailCodes[i]
            let headValues = { ExportAttributes.edgeHead(head, in: graph) }, detailValues = { ExportAttributes.edgeDetails(code: code, in: graph) }
            heads.append(head, to: &out, log: &log) { log in
                let values = headValues()
                let label = DOTText.label(values.first { $0.name == "label" }?.value.flattened ?? EdgeSummary(values).type,
                                          at: owner() + " label", log: &log)
                return label + attributes(dataValues(values, in: schema), owner: owner(), log: &log).map { ", " + $0 }.joined()
            }
            details.append(code, to: &out, log: &log) { log in
                attributes(dataValues(detailValues(), in: schema), owner: owner(), log: &log).map { ", " + $0 }.joined()
            }
            let detailsRead = detailReads[code] ?? {
                let reads = detailValues().contains { ["type", "status", "date"].contains($0.name) }
                detailReads[code] = reads
                return reads
            }()
            if headReadsSources || detailsRead {
                let summary = EdgeSummary(headValues() + detailValues())
                out.append(", " + edgeStyle(summary, in: schema) + ", tooltip=\"")
                out.append(escaped(summary.heading + sourcesLine(summary.sources), at: owner() + " tooltip", log: &log))
            } else {
                styles.append(head, to: &out, log: &log) { log in
                    let summary = EdgeSummary(headValues())
                    return ", " + edgeStyle(summary, in: schema) + ", tooltip=\"" + escaped(summary.heading, at: owner() + " tooltip", log: &log)
                }
                sourceLines.append(code, to: &out, log: &log) { log in
                    escaped(sourcesLine(EdgeSummary(detailValues()).sources), at: owner() + " tooltip", log: &log)
                }
            }
            out.append("\"];\n")
            if sourceChanged { log.note(DOTText.idChange, at: nodes.slugs[Int(edges.sources[i])]) }
            if targetChanged { log.note(DOTText.idChange, at: nodes.slugs[Int(edges.targets[i])]) }
            try out.flushIfFull()
        }
    }

    /// The inside of an escString of `text`, its removed control characters logged at `place`.
    private static func escaped(_ text: String, at place: @autoclosure () -> String, log: inout LossLog) -> String {
        var piece = ExportBytes(capacity: text.utf8.count + 8)
        let removed = DOTText.appendEscaped(text, to: &piece)
        if removed > 0 { log.note(DOTText.controlRemoval, at: place(), count: removed) }
        return piece.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }
}

/// A ``FragmentMemo`` whose fragments remember everything their rendering logged (DOT loses in
/// several ways per fragment: control characters, values left out, HTML-like labels), to log it
/// again each time a fragment is copied.
private struct LossyFragments<Key: Hashable> {
    private var memo = FragmentMemo<Key>()
    private var losses: [Key: LossLog] = [:]

    /// Appends the fragment for `key`, rendered by `render` (which logs into the log it is given) if it is new.
    /// - Complexity: O(length of the fragment), plus its rendering the first time.
    mutating func append(_ key: Key, to out: inout ExportBytes, log: inout LossLog, render: (inout LossLog) -> String) {
        var fresh: LossLog?
        let reused = memo.append(key, to: &out) { piece in
            var rendering = LossLog()
            piece.append(render(&rendering))
            if rendering.isEmpty { return 0 }
            fresh = rendering
            return 1
        }
        if let fresh {
            log.note(fresh)
            losses[key] = fresh
        } else if reused > 0, let again = losses[key] {
            log.note(again)
        }
    }
}
