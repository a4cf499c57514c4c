import SummitGraph

/// Turns records read from a foreign file into a ``Graph``. Values summitgraph knows are read
/// with their types (kind, type, status, date, place, role, title, areas, topics, sources,
/// evidence, note), and their vocabularies stay open: a status, role or area the standard schema
/// does not declare is kept as the file gives it. Other node values become node attributes;
/// other edge values become the edge's free attributes (``Edge/attributes``), typed as the file
/// declares them (a GraphML key's `attr.type`, a typed CSV header) or as JSON gives them.
struct GraphAssembler {
    let file: String
    var warnings: [String] = []
    /// The attribute types the file declares, by name (GraphML keys, CSV headers).
    var declaredTypes: [String: AttributeType] = [:]
    /// Whether a source the file cites but does not list is made up from its id (GEXF, which
    /// has no place for the list) rather than refused.
    var citesUnlistedSources = false
    private var builder = GraphBuilder()
    private var nodes: [String: NodeID] = [:]
    private var sources: [String: SourceID] = [:]
    private var fileSource: SourceID?
    private var edgeIDs: [String: EdgeID] = [:]
    /// The type of each attribute's values so far.
    private var attributeTypes: [String: AttributeType] = [:]
    private var dropped: [String: Int] = [:]
    private var missingStatus = 0
    private var repeatedIDs = 0

    init(file: String) { self.file = file }

    static let nodeKeys: Set<String> = ["label", "name", "kind", "subtype", "aliases", "attributes", "sources"]
    /// The names an edge's built-in values go by (``Schema/edgeKeys``), and the other names
    /// writers give an edge's id and type.
    static let edgeKeys = Set(Schema.standard.edgeKeys + ["id", "key", "relation"])

    func fail(_ record: ImportedRecord, _ message: String, fix: String? = nil) -> ImportError {
        ImportError(file: file, line: record.line, column: record.column, message: message, fix: fix)
    }

    /// Adds the sources a summitgraph export lists at graph level.
    mutating func addSources(_ value: JSONValue, line: Int, column: Int) throws(ImportError) {
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
        guard nodes.count < Int(Int32.max) - 2 else { throw fail(record, "more than \(Int32.max) nodes") }
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
        do { nodes[id] = try builder.add(node) } catch {
            if case .duplicateSlug = error { throw fail(record, "node id '\(id)' appears twice", fix: "give each node its own id") }
            throw fail(record, "\(error)")
        }
    }

    /// The node `id`, created as a plain node if the file never declared it (edge lists do not).
    mutating func implicitNode(_ id: String, _ record: ImportedRecord) throws(ImportError) -> NodeID {
        if let node = nodes[id] { return node }
        do {
            let node = try builder.add(Node(slug: id, kind: NodeKind(unchecked: "node"), name: id))
            nodes[id] = node
            return node
        } catch {
            throw fail(record, "\(error)")
        }
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
        let status = v["status"].flatMap { EdgeStatus(rawValue: $0.text) }
        if status == nil { missingStatus += 1 }
        var date: DateSpan?
        if let text = v["date"]?.text, !text.isEmpty {
            do { date = try DateSpan(parsing: text) } catch { throw fail(record, "\(error)", fix: "write YYYY, YYYY-MM, YYYY-MM-DD or START/END") }
        }
        var place: NodeID?
        if let text = v["place"]?.text, !text.isEmpty {
            guard let p = nodes[text] else { throw fail(record, "place '\(text)' is not a node of the file") }
            place = p
        }
        let evidence = Dictionary(v["evidence"]?.pairs?.map { ($0.key, $0.value) } ?? [], uniquingKeysWith: { a, _ in a })
        let locations = try readLocations(v, record)
        var citations: [Citation] = []
        for name in v["sources"]?.list ?? [] {
            citations.append(Citation(source: try source(name, record), paraphrase: evidence[name], location: locations[name]))
        }
        if citations.isEmpty { citations = [Citation(source: try fileCitation(record))] }
        var attributes: [EdgeAttribute] = []
        for key in v.keys.sorted() where !Self.edgeKeys.contains(key) {
            guard EdgeAttribute.isValidName(key) else { dropped[key, default: 0] += 1; continue }
            if let attribute = try attribute(key, v[key] ?? .null, record) { attributes.append(attribute) }
        }
        let edge = Edge(slug: id, type: type, source: try implicitNode(s, record), target: try implicitNode(t, record),
                        status: status ?? .occurred, date: date, place: place, role: v["role"].flatMap { ParticipationRole(rawValue: $0.text) },
                        title: v["title"].map(\.text), areas: (v["areas"]?.list ?? []).compactMap(CooperationArea.init(rawValue:)).sorted(),
                        topics: v["topics"]?.list ?? [], citations: citations, note: v["note"].map(\.text), attributes: attributes)
        do { edgeIDs[id] = try builder.add(edge) } catch {
            if case .duplicateSlug = error { throw fail(record, "edge id '\(id)' appears twice", fix: "give each edge its own id") }
            throw fail(record, "\(error)")
        }
    }

    /// The free attribute `name` of the edge `record`, typed; `nil` for a null or empty value.
    /// - Throws: when the file declares a type the value does not have.
    private mutating func attribute(_ name: String, _ value: JSONValue, _ record: ImportedRecord) throws(ImportError) -> EdgeAttribute? {
        let read: (value: AttributeValue, type: AttributeType)
        switch value {
        case .null: return nil
        case .array(let items): read = (.list(items.map(\.text)), .string)
        case .object: read = (.text(value.text), .string)
        case .bool(let flag): read = (.text(flag ? "true" : "false"), .boolean)
        case .number(let literal):
            if JSONValue.isIntegerLiteral(literal), let integer = Int64(literal) {
                read = (.text(String(integer)), .long)
            } else {
                read = (.text(AttributeType.double.canonical(literal) ?? literal), .double)
            }
        case .string(let text):
            let declared = declaredTypes[name] ?? .string
            if text.isEmpty, declared != .string { return nil }
            guard let canonical = declared.canonical(text) else {
                throw fail(record, "edge attribute '\(name)' is declared \(declared.rawValue), but its value '\(text.prefix(80))' is not one",
                           fix: "correct the value, or declare the attribute as string")
            }
            read = (.text(canonical), declared)
        }
        attributeTypes[name] = attributeTypes[name].map { $0.unified(with: read.type) } ?? read.type
        return EdgeAttribute(name, read.value)
    }

    /// Adds the conflicts a summitgraph export lists at graph level.
    mutating func addConflicts(_ value: JSONValue) {
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
    private func readLocations(_ v: [String: JSONValue], _ record: ImportedRecord) throws(ImportError) -> [String: SentenceLocation] {
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
        if let id = sources[name] { return id }
        guard citesUnlistedSources else {
            throw fail(record, "unknown source '\(name)'", fix: "list it in the graph's 'sources', or drop it")
        }
        do {
            let id = try builder.add(Source(slug: name, file: name, publisher: "not in the file", published: nil, title: name))
            sources[name] = id
            if sources.count == 1 { warnings.append(Self.unlistedSourcesNote(file: file)) }
            return id
        } catch {
            throw fail(record, "\(error)")
        }
    }

    /// The file itself, as the source of edges that cite none: `file:NAME`, added the first time
    /// unless the file lists it already (an export of a graph imported from a file of this name).
    private mutating func fileCitation(_ record: ImportedRecord) throws(ImportError) -> SourceID {
        if let fileSource { return fileSource }
        let name = String(file.split(separator: "/").last ?? Substring(file))
        if let listed = sources["file:" + name] {
            fileSource = listed
            return listed
        }
        do {
            let id = try builder.add(Source(slug: "file:" + name, file: name, publisher: "imported file", published: nil, title: name))
            fileSource = id
            return id
        } catch {
            throw fail(record, "\(error)")
        }
    }

    static func unlistedSourcesNote(file: String) -> String {
        "\(file): the file names its sources by id only (GEXF keeps no list of them): their publishers, dates and titles are unknown"
    }

    static func missingStatusNote(_ count: Int, file: String) -> String {
        "\(file): \(count) \(count == 1 ? "edge had no status and was" : "edges had no status and were") read as 'occurred'"
    }

    static func repeatedIDsNote(_ count: Int, file: String) -> String {
        "\(file): \(count) edge id\(count == 1 ? " was" : "s were") used twice (per-pair keys, as NetworkX writes them) and made unique as SOURCE-TARGET-KEY"
    }

    static func droppedNote(_ key: String, _ count: Int, file: String) -> String {
        "\(file): edge attribute '\(key)' is not kept (\(count) edge\(count == 1 ? "" : "s")): an attribute name is ASCII letters, digits, '_', '-' and '.', starting with a letter or '_'"
    }

    mutating func finish() -> (Graph, [String]) {
        var notes = warnings
        if missingStatus > 0 { notes.append(Self.missingStatusNote(missingStatus, file: file)) }
        if repeatedIDs > 0 { notes.append(Self.repeatedIDsNote(repeatedIDs, file: file)) }
        for (key, count) in dropped.sorted(by: { $0.key < $1.key }) { notes.append(Self.droppedNote(key, count, file: file)) }
        builder.schema.attributeTypes = attributeTypes
        return (builder.build(), notes)
    }
}
