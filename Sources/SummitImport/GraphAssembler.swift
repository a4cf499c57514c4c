import SummitGraph

/// Turns records read from a foreign file into a ``Graph``. Values summitgraph knows are read
/// with their types (kind, type, status, date, place, role, title, areas, topics, sources,
/// evidence, note); other node values become node attributes; other edge values are reported.
struct GraphAssembler {
    let file: String
    var warnings: [String] = []
    private var builder = GraphBuilder()
    private var nodes: [String: NodeID] = [:]
    private var sources: [String: SourceID] = [:]
    private var fileSource: SourceID?
    private var edgeIDs: [String: EdgeID] = [:]
    private var dropped: [String: Int] = [:]
    private var missingStatus = 0
    private var repeatedIDs = 0

    init(file: String) { self.file = file }

    static let nodeKeys: Set<String> = ["label", "name", "kind", "subtype", "aliases", "attributes", "sources"]
    static let edgeKeys: Set<String> = ["label", "type", "status", "date", "date_start", "date_end", "place", "role",
                                        "title", "areas", "topics", "sources", "evidence", "evidence_spans", "evidence_sha256",
                                        "note", "id", "key"]

    func fail(_ record: ImportedRecord, _ message: String, fix: String? = nil) -> ImportError {
        ImportError(file: file, line: record.line, column: record.column, message: message, fix: fix)
    }

    /// Adds the sources a summitgraph export lists at graph level.
    mutating func addSources(_ value: ImportedValue, line: Int, column: Int) throws(ImportError) {
        guard case .array(let items)? = value.structured else {
            throw ImportError(file: file, line: line, column: column, message: "graph 'sources' is not a JSON list of objects")
        }
        for case .object(let m) in items {
            let text = { (k: String) in m[k]?.text }
            guard let slug = text("id") else { continue }
            let published = text("published").flatMap { try? FuzzyDate(parsing: $0) }
            do {
                sources[slug] = try builder.add(Source(slug: slug, file: text("file") ?? "", publisher: text("publisher") ?? "",
                                                       published: published, title: text("title") ?? "", place: text("place"), author: text("author")))
            } catch {
                throw ImportError(file: file, line: line, column: column, message: "\(error)")
            }
        }
    }

    /// The longest id, name or value kept, in bytes.
    static let maximumValueBytes = 64 << 10

    private func checkSizes(_ record: ImportedRecord) throws(ImportError) {
        for (key, value) in [("id", record.id ?? ""), ("source", record.source ?? ""), ("target", record.target ?? "")]
            + record.values.map({ ($0.key, $0.value.text) }) where value.utf8.count > Self.maximumValueBytes {
            throw fail(record, "'\(key)' is \(value.utf8.count >> 10) KiB long; the longest accepted is \(Self.maximumValueBytes >> 10) KiB",
                       fix: "shorten it")
        }
        guard nodes.count < Int(Int32.max) - 1 else { throw fail(record, "more than \(Int32.max) nodes") }
    }

    mutating func addNode(_ record: ImportedRecord) throws(ImportError) {
        guard let id = record.id, !id.isEmpty else { throw fail(record, "node without an id") }
        try checkSizes(record)
        let v = record.values
        let kind = v["kind"].flatMap { NodeKind(rawValue: $0.text) } ?? NodeKind(unchecked: "node")
        var attributes = v["attributes"]?.pairs?.map { Attribute(key: $0.key, value: $0.value) } ?? []
        for key in v.keys.sorted() where !Self.nodeKeys.contains(key) && v[key] != .null {
            attributes.append(Attribute(key: key, value: v[key]?.text ?? ""))
        }
        let node = Node(slug: id, kind: kind, subtype: v["subtype"].map(\.text).flatMap { $0.isEmpty ? nil : $0 },
                        name: (v["label"] ?? v["name"])?.text ?? id, aliases: v["aliases"]?.list ?? [], attributes: attributes,
                        sources: try v["sources"]?.list.map { s throws(ImportError) in try source(s, record) } ?? [])
        do { nodes[id] = try builder.add(node) } catch { throw fail(record, "node id '\(id)' appears twice", fix: "give each node its own id") }
    }

    /// The node `id`, created as a plain node if the file never declared it (edge lists do not).
    mutating func implicitNode(_ id: String) -> NodeID {
        if let node = nodes[id] { return node }
        let node = (try? builder.add(Node(slug: id, kind: NodeKind(unchecked: "node"), name: id))) ?? NodeID(0)
        nodes[id] = node
        return node
    }

    mutating func addEdge(_ record: ImportedRecord, index: Int, declaredNodesOnly: Bool) throws(ImportError) {
        let v = record.values
        guard let s = record.source, let t = record.target else { throw fail(record, "edge without a source and a target") }
        try checkSizes(record)
        if declaredNodesOnly {
            for end in [s, t] where nodes[end] == nil {
                throw fail(record, "edge refers to node '\(end)', which the file does not declare", fix: "declare the node, or correct the id")
            }
        }
        var id = record.id ?? v["key"]?.text ?? v["id"]?.text ?? "e\(index)"
        if edgeIDs[id] != nil {
            // NetworkX writes a multigraph's edge keys (0, 1, …) as ids, unique per node pair only.
            id = "\(s)-\(t)-\(id)"
            repeatedIDs += 1
        }
        let type = (v["type"] ?? v["relation"]).flatMap { EdgeType(rawValue: $0.text) } ?? EdgeType(unchecked: "linked")
        var status = EdgeStatus.occurred
        if let text = v["status"]?.text, !text.isEmpty {
            guard let known = EdgeStatus(rawValue: text) else {
                throw fail(record, "unknown status '\(text)'", fix: "use one of: \(EdgeStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            status = known
        } else {
            missingStatus += 1
        }
        var date: DateSpan?
        if let text = v["date"]?.text, !text.isEmpty {
            do { date = try DateSpan(parsing: text) } catch { throw fail(record, "\(error)", fix: "write YYYY, YYYY-MM, YYYY-MM-DD or START/END") }
        }
        var place: NodeID?
        if let text = v["place"]?.text, !text.isEmpty {
            guard let p = nodes[text] else { throw fail(record, "place '\(text)' is not a node of the file") }
            place = p
        }
        var role: ParticipationRole?
        if let text = v["role"]?.text, !text.isEmpty {
            guard let r = ParticipationRole(rawValue: text) else { throw fail(record, "unknown role '\(text)'") }
            role = r
        }
        var areas: [CooperationArea] = []
        for text in v["areas"]?.list ?? [] {
            guard let area = CooperationArea(rawValue: text) else { throw fail(record, "unknown cooperation area '\(text)'") }
            areas.append(area)
        }
        let evidence = Dictionary(v["evidence"]?.pairs?.map { ($0.key, $0.value) } ?? [], uniquingKeysWith: { a, _ in a })
        let locations = try readLocations(v, record)
        var citations: [Citation] = []
        for name in v["sources"]?.list ?? [] {
            citations.append(Citation(source: try source(name, record), paraphrase: evidence[name], location: locations[name]))
        }
        if citations.isEmpty { citations = [Citation(source: fileCitation())] }
        for key in v.keys where !Self.edgeKeys.contains(key) && key != "relation" { dropped[key, default: 0] += 1 }
        let edge = Edge(slug: id, type: type, source: implicitNode(s), target: implicitNode(t), status: status, date: date,
                        place: place, role: role, title: v["title"].map(\.text), areas: areas.sorted(),
                        topics: v["topics"]?.list ?? [], citations: citations, note: v["note"].map(\.text))
        do { edgeIDs[id] = try builder.add(edge) } catch { throw fail(record, "edge id '\(id)' appears twice", fix: "give each edge its own id") }
    }

    /// Adds the conflicts a summitgraph export lists at graph level.
    mutating func addConflicts(_ value: ImportedValue) {
        guard case .array(let items)? = value.structured else { return }
        for case .object(let m) in items {
            let subjects = (m["subjects"]?.list ?? []).compactMap { id -> Conflict.Subject? in
                edgeIDs[id].map(Conflict.Subject.edge) ?? nodes[id].map(Conflict.Subject.node)
            }
            builder.add(Conflict(slug: m["id"]?.text ?? "", subjects: subjects,
                                 field: Conflict.Field(rawValue: m["field"]?.text ?? "") ?? .other,
                                 description: m["description"]?.text ?? "", sources: (m["sources"]?.list ?? []).compactMap { sources[$0] }))
        }
    }

    /// Where each source's article says an edge's fact: `evidence_spans` and `evidence_sha256`,
    /// maps from source id to `START-END` and to the sentence's hash, which go together.
    private func readLocations(_ v: [String: ImportedValue], _ record: ImportedRecord) throws(ImportError) -> [String: SentenceLocation] {
        let spans = v["evidence_spans"]?.pairs ?? [], hashes = Dictionary(v["evidence_sha256"]?.pairs?.map { ($0.key, $0.value) } ?? [],
                                                                           uniquingKeysWith: { a, _ in a })
        var locations: [String: SentenceLocation] = [:]
        for (name, text) in spans {
            let span: ArticleSpan
            do { span = try ArticleSpan(parsing: text) } catch {
                throw fail(record, "evidence_spans: \(error) for source '\(name)'", fix: "write START-END with START < END")
            }
            guard let hex = hashes[name] else {
                throw fail(record, "evidence_spans gives source '\(name)' a span but evidence_sha256 no hash", fix: "give both, or neither")
            }
            guard let hash = SHA256Digest(hex: hex) else {
                throw fail(record, "evidence_sha256 of source '\(name)' is not 64 lower-case hex digits", fix: "write the sentence's SHA-256 as hex")
            }
            locations[name] = SentenceLocation(span: span, sha256: hash)
        }
        if let extra = hashes.keys.sorted().first(where: { locations[$0] == nil }) {
            throw fail(record, "evidence_sha256 gives source '\(extra)' a hash but evidence_spans no span", fix: "give both, or neither")
        }
        return locations
    }

    private mutating func source(_ name: String, _ record: ImportedRecord) throws(ImportError) -> SourceID {
        guard let id = sources[name] else {
            throw fail(record, "unknown source '\(name)'", fix: "list it in the graph's 'sources', or drop it")
        }
        return id
    }

    /// The file itself, as the source of edges that cite none.
    private mutating func fileCitation() -> SourceID {
        if let fileSource { return fileSource }
        let name = String(file.split(separator: "/").last ?? Substring(file))
        let id = (try? builder.add(Source(slug: "file:" + name, file: name, publisher: "imported file", published: nil,
                                          title: name))) ?? SourceID(0)
        fileSource = id
        return id
    }

    static func missingStatusNote(_ count: Int, file: String) -> String {
        "\(file): \(count) \(count == 1 ? "edge had no status and was" : "edges had no status and were") read as 'occurred'"
    }

    static func repeatedIDsNote(_ count: Int, file: String) -> String {
        "\(file): \(count) edge id\(count == 1 ? " was" : "s were") used twice (per-pair keys, as NetworkX writes them) and made unique as SOURCE-TARGET-KEY"
    }

    static func droppedNote(_ key: String, _ count: Int, file: String) -> String {
        "\(file): edge attribute '\(key)' is not kept (\(count) edge\(count == 1 ? "" : "s")): summitgraph edges have no free attributes"
    }

    mutating func finish() -> (Graph, [String]) {
        var notes = warnings
        if missingStatus > 0 { notes.append(Self.missingStatusNote(missingStatus, file: file)) }
        if repeatedIDs > 0 { notes.append(Self.repeatedIDsNote(repeatedIDs, file: file)) }
        for (key, count) in dropped.sorted(by: { $0.key < $1.key }) { notes.append(Self.droppedNote(key, count, file: file)) }
        return (builder.build(), notes)
    }
}
