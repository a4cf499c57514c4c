import SummitGraph

/// Reads the common shape of GraphML (what NetworkX, igraph and most writers emit: `<key>`s, one
/// `<graph>` of `<node>`s and `<edge>`s carrying `<data>`) straight into the graph's columns:
/// tokens are byte ranges, keys are resolved once, node ids are looked up by their bytes, kinds and
/// types are interned once, and no `String` is made per tag, attribute or plain value.
///
/// It reads exactly what ``GraphMLReader`` and ``GraphAssembler`` would make of the same file (a
/// test compares the two). Whatever it does not expect (any other element, CDATA, a line end
/// inside a value, an odd date, a value not of its key's type, an undeclared key or node, a value
/// read by name beyond kind/name/label and type/status/date, anything the scanner would refuse) makes it
/// return `nil`, and the general reader takes the file, so every refusal is still worded, and
/// located, in one place.
struct GraphMLBulkReader {
    /// The graph and warnings, or `nil` when the file is not of the shape read here.
    /// - Complexity: O(bytes) on average.
    static func read(_ bytes: UnsafeRawBufferPointer, file: String) -> (Graph, [String])? {
        guard UTF8Check.isValid(bytes) else { return nil }
        var reader = GraphMLBulkReader(bytes, file: file)
        return reader.read()
    }

    /// The elements read here, and where each may appear.
    enum Element {
        case graphml, key, keyDefault, graph, node, edge, data

        /// The element named `name` (the bytes of a tag's name).
        init?(_ name: UnsafeRawBufferPointer) {
            func spells(_ text: StaticString) -> Bool {
                sameBytes(name, UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            }
            switch name.count {
            case 4 where spells("node"): self = .node
            case 4 where spells("edge"): self = .edge
            case 4 where spells("data"): self = .data
            case 3 where spells("key"): self = .key
            case 5 where spells("graph"): self = .graph
            case 7 where spells("graphml"): self = .graphml
            case 7 where spells("default"): self = .keyDefault
            default: return nil
            }
        }

        /// Whether the element may be a child of `parent` (`nil`: the document, before the root).
        func fits(in parent: Element?) -> Bool {
            switch (parent, self) {
            case (nil, .graphml), (.graphml, .key), (.graphml, .graph), (.graphml, .data), (.key, .keyDefault),
                 (.graph, .node), (.graph, .edge), (.graph, .data), (.node, .data), (.edge, .data): true
            default: false
            }
        }
    }

    let file: String
    var cursor: XMLTokenCursor
    var keys = GraphMLKeys()
    var record: GraphMLRecord
    var builder = GraphBuilder()
    var nodeIDs = NodeLookup()
    /// Edges read and not yet added, and their ends and ids where references were replaced in them.
    var pending: [PendingEdge] = [], pendingBytes: [UInt8] = []
    /// Codes of the kinds, types, statuses and the file's citation, made when first needed.
    var kinds = ByteInterner<UInt16>(), types = ByteInterner<UInt16>(), statuses = ByteInterner<UInt8>()
    var plainKind: UInt16?, linkedType: UInt16?, occurredStatus: UInt8?, fileCitation: Int32?, fileSource: SourceID?
    var missingStatus = 0, repeatedIDs = 0
    /// How many edges had a value of each name reported as not kept, by name number.
    var dropped: [Int: Int] = [:]
    /// The type of each free attribute's values so far, by name number.
    var attributeTypes: [Int: AttributeType] = [:]
    /// Whether some node id or edge slug is not ASCII: the general reader tells them apart as
    /// `String`s, by canonical equivalence, and this one by bytes, which `finish()` reconciles.
    var nonASCIINodes = false, nonASCIIEdges = false

    private init(_ bytes: UnsafeRawBufferPointer, file: String) {
        self.file = file
        cursor = XMLTokenCursor(bytes)
        record = GraphMLRecord(bytes)
    }

    /// Walks the tokens; `nil` at the first thing not read here.
    private mutating func read() -> (Graph, [String])? {
        var open: [Element] = []
        var sawRoot = false, graphs = 0
        var data: OpenData?
        while true {
            switch cursor.next() {
            case .finished:
                guard sawRoot, open.isEmpty else { return nil }
                return finish()
            case .irregular:
                return nil
            case .text(let range):
                if let open = data, open.inRecord {
                    // The scanner turns CRLF and CR into LF: left to it.
                    guard !cursor.contains(0x0D, in: range),
                          let text = open.text.map({ record.text($0, then: range) }) ?? record.text(range) else { return nil }
                    data?.text = text
                }
            case .start(let name, let selfClosing):
                guard let element = Element(UnsafeRawBufferPointer(rebasing: cursor.base[name])), element.fits(in: open.last),
                      !(element == .graphml && sawRoot) else { return nil }
                sawRoot = true
                switch element {
                case .key:
                    guard declareKey() else { return nil }
                case .graph:
                    graphs += 1
                    guard graphs == 1 else { return nil }
                case .node, .edge:
                    guard startRecord(edge: element == .edge) else { return nil }
                case .data:
                    // Keys are looked up as written: one with a reference, TAB, LF or CR is left to the scanner.
                    guard let key = attribute("key"), !cursor.contains(UInt8(ascii: "&"), in: key), !cursor.contains(0x09, in: key),
                          !cursor.contains(0x0A, in: key), !cursor.contains(0x0D, in: key),
                          let number = keys.name(ofKey: UnsafeRawBufferPointer(rebasing: cursor.base[key])) else { return nil }
                    switch open.last {
                    case .node?: guard keys.nodeFields[number] != .unsupported else { return nil }
                    case .edge?: guard keys.edgeFields[number] != .unsupported else { return nil }
                    default: guard !keys.readAtGraphLevel[number] else { return nil }
                    }
                    data = OpenData(name: number, text: nil, inRecord: open.last == .node || open.last == .edge)
                case .graphml, .keyDefault:
                    break
                }
                if selfClosing {
                    guard close(element, &data) else { return nil }
                } else {
                    open.append(element)
                }
            case .end(let name):
                guard let element = open.popLast(), Element(UnsafeRawBufferPointer(rebasing: cursor.base[name])) == element,
                      close(element, &data) else { return nil }
            }
        }
    }

    /// The `<data>` being read: the number of its name, its text so far, and whether it is a
    /// node's or edge's (else the graph's, not kept).
    struct OpenData {
        var name: Int
        var text: GraphMLRecord.Text?
        var inRecord: Bool
    }

    /// Ends `element`: a node or edge is added, a value given its name.
    private mutating func close(_ element: Element, _ data: inout OpenData?) -> Bool {
        switch element {
        case .data:
            defer { data = nil }
            guard let data, data.inRecord else { return true }
            return record.setValue(data.name, data.text ?? .empty)
        case .node: return addNode()
        case .edge: return addEdge()
        default: return true
        }
    }

    /// The raw value of attribute `name` of the tag just read.
    private func attribute(_ name: StaticString) -> Range<Int>? {
        cursor.attributes.first { cursor.equal($0.name, name) }?.value
    }

    /// Reads a `<key>`: its `id` names `attr.name`, or itself.
    private mutating func declareKey() -> Bool {
        guard let id = attribute("id") else { return true }
        record.reset(names: 0)
        guard let idValue = record.attribute(id) else { return false }
        var name = idValue
        if let raw = attribute("attr.name") {
            guard let value = record.attribute(raw) else { return false }
            name = value
        }
        var type = AttributeType.string, forEdges = true
        if let raw = attribute("attr.type") {
            guard let value = record.attribute(raw) else { return false }
            type = record.decoded.withUnsafeBytes { AttributeType(graphML: String(decoding: record.bytes(value, decoded: $0), as: UTF8.self)) }
        }
        if let raw = attribute("for") {
            guard let value = record.attribute(raw) else { return false }
            forEdges = record.decoded.withUnsafeBytes { ["edge", "all"].contains(String(decoding: record.bytes(value, decoded: $0), as: UTF8.self)) }
        }
        let decoded = record.decoded
        return decoded.withUnsafeBytes { decoded in
            keys.declare(id: record.bytes(idValue, decoded: decoded), name: record.bytes(name, decoded: decoded), type: type, forEdges: forEdges)
        }
    }

    /// Starts a node or an edge with its `id` (and `source` and `target`).
    private mutating func startRecord(edge: Bool) -> Bool {
        record.reset(names: keys.names.count)
        func read(_ name: StaticString) -> GraphMLRecord.Text?? {
            guard let raw = attribute(name) else { return .some(nil) }
            return record.attribute(raw).map { .some($0) }
        }
        guard let id = read("id") else { return false }
        record.id = id
        guard edge else { return true }
        guard let source = read("source"), let target = read("target") else { return false }
        (record.source, record.target) = (source, target)
        return true
    }

    /// The graph and the notes the assembler would give; `nil` when two edge slugs are the same,
    /// or two node ids or edge slugs differ as bytes but not as `String`s (the general reader would
    /// merge them).
    /// - Complexity: O(1), or O(*V* + *E*) when some id or slug is not ASCII.
    private mutating func finish() -> (Graph, [String])? {
        guard addPendingEdges(), builder.indexEdgeSlugs() else { return nil }
        if nonASCIINodes, Set((0..<builder.nodes.count).map { builder.nodes.slugs[$0] }).count != builder.nodes.count { return nil }
        if nonASCIIEdges, Set((0..<builder.edges.count).map { builder.edges.slug(at: $0) }).count != builder.edges.count { return nil }
        var notes: [String] = []
        if missingStatus > 0 { notes.append(GraphAssembler.missingStatusNote(missingStatus, file: file)) }
        if repeatedIDs > 0 { notes.append(GraphAssembler.repeatedIDsNote(repeatedIDs, file: file)) }
        let droppedNames = dropped.map { (key: String(decoding: keys.names[$0.key], as: UTF8.self), count: $0.value) }
        for (key, count) in droppedNames.sorted(by: { $0.key < $1.key }) { notes.append(GraphAssembler.droppedNote(key, count, file: file)) }
        builder.schema.attributeTypes = Dictionary(uniqueKeysWithValues: attributeTypes.map { (keys.texts[$0.key], $0.value) })
        return (builder.build(), notes)
    }

    static func isASCII(_ raw: UnsafeRawBufferPointer) -> Bool { raw.allSatisfy { $0 < 0x80 } }
}
