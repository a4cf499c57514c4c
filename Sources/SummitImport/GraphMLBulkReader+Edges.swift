import SummitGraph

/// Edges added as ``GraphAssembler`` adds them, a batch at a time: each edge's type, status and
/// date are coded as it ends, and its ends looked up with those of the rest of its batch, so that
/// the lookups' cache misses overlap. Each returns `false` where the assembler would refuse an
/// edge, or read it in a way not done here; the caller then leaves the file to the general reader.
extension GraphMLBulkReader {
    /// An edge read and coded but not yet added; its ends and id are in the file, or (when
    /// references were replaced in them) in `pendingBytes`.
    struct PendingEdge {
        var source: GraphMLRecord.Text
        var target: GraphMLRecord.Text
        /// Its id, or its `key` or `id` value; `nil` for none (it is then called `e<index>`).
        var id: GraphMLRecord.Text?
        var type: UInt16
        var status: UInt8
        var date: UInt64
        /// The file as its source, and its free attributes.
        var details: Int32
    }

    /// How many edges are read before they are added.
    static var batchSize: Int { 256 }

    /// Reads the edge just ended: its type (else its relation), status and date, the file as its
    /// source, and its free attributes typed as their keys declare; values of names no format can
    /// carry are counted as not kept.
    /// - Complexity: O(bytes of the record) on average, and O(batch) once a batch is full.
    mutating func addEdge() -> Bool {
        guard let source = record.source, let target = record.target, let citation = citationCode() else { return false }
        let numbers = keys.numbers
        func value(_ number: Int?) -> GraphMLRecord.Text? { number.flatMap { record.values[$0] } }
        let type = value(numbers.type) ?? value(numbers.relation), status = value(numbers.status), date = value(numbers.date)
        var hasAttributes = false
        for number in record.present {
            switch keys.edgeFields[number] {
            case .dropped: dropped[number, default: 0] += 1
            case .attribute: hasAttributes = true
            default: break
            }
        }
        let decoded = record.decoded, file = record.base
        return decoded.withUnsafeBytes { decoded in
            let text = { (value: GraphMLRecord.Text) in GraphMLRecord.bytes(value, file: file, decoded: decoded) }
            let given = type.flatMap { $0.range.isEmpty ? nil : text($0) }
            guard let typeCode = given == nil ? linkedTypeCode() : typeCode(given!) else { return false }
            let named = status.flatMap { $0.range.isEmpty ? nil : text($0) }
            if named == nil { missingStatus += 1 }
            guard let statusCode = statusCode(named) else { return false }
            var packed: UInt64 = 0
            if let date, !date.range.isEmpty {
                guard let span = DateField.parse(text(date)) else { return false }
                packed = span
            }
            var details = citation
            if hasAttributes {
                guard let attributes = attributes(text) else { return false }
                details = builder.detailCode(EdgeDetails(citations: [Citation(source: fileSource!)], attributes: attributes))
            }
            func keep(_ value: GraphMLRecord.Text) -> GraphMLRecord.Text {
                guard value.isDecoded else { return value }
                let start = pendingBytes.count
                pendingBytes.append(contentsOf: text(value))
                return GraphMLRecord.Text(range: start..<pendingBytes.count, isDecoded: true)
            }
            let id = record.id ?? value(numbers.key) ?? value(numbers.id)
            pending.append(PendingEdge(source: keep(source), target: keep(target), id: id.map(keep), type: typeCode, status: statusCode,
                                       date: packed, details: details))
            return pending.count < Self.batchSize || addPendingEdges()
        }
    }

    /// The record's free attributes, sorted by name, each in its key's type as the assembler
    /// reads it; `nil` for a value that is not of its key's type (the assembler refuses it).
    private mutating func attributes(_ text: (GraphMLRecord.Text) -> UnsafeRawBufferPointer) -> [EdgeAttribute]? {
        var attributes: [EdgeAttribute] = []
        for number in record.present where keys.edgeFields[number] == .attribute {
            let type = keys.edgeTypes[number], raw = text(record.values[number]!)
            if raw.isEmpty, type != .string { continue }
            guard let value = type.canonical(String(decoding: raw, as: UTF8.self)) else { return nil }
            attributes.append(EdgeAttribute(keys.texts[number], .text(value)))
            attributeTypes[number] = attributeTypes[number].map { $0.unified(with: type) } ?? type
        }
        return attributes.sorted { $0.name < $1.name }
    }

    /// Adds the edges read and not yet added: their ends looked up together, then each with its
    /// slug: its id, made `SOURCE-TARGET-ID` when taken.
    /// - Complexity: O(bytes of the batch) on average.
    mutating func addPendingEdges() -> Bool {
        guard !pending.isEmpty else { return true }
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingBytes.removeAll(keepingCapacity: true)
        }
        let kept = pendingBytes, edges = pending, file = record.base
        return kept.withUnsafeBytes { kept in
            let text = { (value: GraphMLRecord.Text) in GraphMLRecord.bytes(value, file: file, decoded: kept) }
            var ends: [Int32] = []
            guard nodeIDs.nodes(edges.flatMap { [text($0.source), text($0.target)] }, in: builder, into: &ends) else { return false }
            for (k, edge) in edges.enumerated() {
                guard add(edge, source: (ends[2 * k], text(edge.source)), target: (ends[2 * k + 1], text(edge.target)),
                          id: edge.id.map(text)) else { return false }
            }
            return true
        }
    }

    /// Adds `edge`, from `source` to `target` (each a node and its slug), with the slug `id` or,
    /// without one, `e<index>`.
    private mutating func add(_ edge: PendingEdge, source: (node: Int32, slug: UnsafeRawBufferPointer),
                              target: (node: Int32, slug: UnsafeRawBufferPointer), id: UnsafeRawBufferPointer?) -> Bool {
        if let id { return add(edge, source: source, target: target, candidate: id) }
        return withUnsafeTemporaryAllocation(byteCount: 24, alignment: 1) { buffer in
            var n = builder.edgeCount, at = buffer.count
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
            } while n > 0
            at -= 1
            buffer[at] = UInt8(ascii: "e")
            return add(edge, source: source, target: target, candidate: UnsafeRawBufferPointer(rebasing: buffer[at...]))
        }
    }

    /// Adds `edge` with the slug `candidate`, made `SOURCE-TARGET-CANDIDATE` when taken.
    private mutating func add(_ edge: PendingEdge, source: (node: Int32, slug: UnsafeRawBufferPointer),
                              target: (node: Int32, slug: UnsafeRawBufferPointer), candidate: UnsafeRawBufferPointer) -> Bool {
        // Slugs made SOURCE-TARGET-ID are indexed at the end, all at once: until then, an id with a
        // `-` is looked up only after indexing them.
        if candidate.contains(UInt8(ascii: "-")) { guard builder.indexEdgeSlugs() else { return false } }
        guard builder.edge(slug: candidate) != nil else {
            if !nonASCIIEdges, !Self.isASCII(candidate) { nonASCIIEdges = true }
            return builder.appendEdge(slug: candidate, source: source.node, target: target.node, type: edge.type,
                                      status: edge.status, date: edge.date, details: edge.details) != nil
        }
        // NetworkX writes a multigraph's edge keys (0, 1, …) as ids, unique per node pair only.
        repeatedIDs += 1
        return withUnsafeTemporaryAllocation(byteCount: source.slug.count + target.slug.count + candidate.count + 2, alignment: 1) { buffer in
            var at = 0
            func write(_ part: UnsafeRawBufferPointer) {
                if !part.isEmpty { buffer.baseAddress!.advanced(by: at).copyMemory(from: part.baseAddress!, byteCount: part.count) }
                at += part.count
            }
            func dash() { buffer[at] = UInt8(ascii: "-"); at += 1 }
            write(source.slug)
            dash()
            write(target.slug)
            dash()
            write(candidate)
            let made = UnsafeRawBufferPointer(buffer)
            if !nonASCIIEdges, !Self.isASCII(made) { nonASCIIEdges = true }
            builder.appendEdge(unindexedSlug: made, source: source.node, target: target.node, type: edge.type,
                               status: edge.status, date: edge.date, details: edge.details)
            return true
        }
    }

    private mutating func typeCode(_ raw: UnsafeRawBufferPointer) -> UInt16? {
        if let code = types.code(of: raw) { return code }
        guard let code = try? builder.typeCode(EdgeType(unchecked: String(decoding: raw, as: UTF8.self))) else { return nil }
        return types.add(raw, code: code) ? code : nil
    }

    /// The type of an edge without one, coded when first needed (as the assembler codes it).
    private mutating func linkedTypeCode() -> UInt16? {
        if linkedType == nil { linkedType = try? builder.typeCode(EdgeType(unchecked: "linked")) }
        return linkedType
    }

    /// The code of the status `raw` names, or of `occurred` for none (as the assembler reads it).
    private mutating func statusCode(_ raw: UnsafeRawBufferPointer?) -> UInt8? {
        guard let raw else {
            if occurredStatus == nil { occurredStatus = try? builder.statusCode(.occurred) }
            return occurredStatus
        }
        if let code = statuses.code(of: raw) { return code }
        guard let code = try? builder.statusCode(EdgeStatus(unchecked: String(decoding: raw, as: UTF8.self))) else { return nil }
        return statuses.add(raw, code: code) ? code : nil
    }

    /// The details of an edge citing the file itself, the file added as a source when first needed.
    private mutating func citationCode() -> Int32? {
        if let fileCitation { return fileCitation }
        let name = String(file.split(separator: "/").last ?? Substring(file))
        guard let source = try? builder.add(Source(slug: "file:" + name, file: name, publisher: "imported file",
                                                   published: nil, title: name)) else { return nil }
        fileSource = source
        fileCitation = builder.detailCode(EdgeDetails(citations: [Citation(source: source)]))
        return fileCitation
    }
}
