import SummitGraph

/// Nodes added as ``GraphAssembler`` adds them, from the bytes of a ``GraphMLRecord``: `false`
/// where the assembler would refuse one, or read it in a way not done here; the caller then
/// leaves the file to the general reader.
extension GraphMLBulkReader {
    /// Adds the node just read: kind, name (its label, else its name, else its id) and the values
    /// of other names as attributes, sorted by name.
    /// - Complexity: O(bytes of the record) on average.
    mutating func addNode() -> Bool {
        guard let id = record.id, !id.range.isEmpty else { return false }
        let decoded = record.decoded, values = record.values, numbers = keys.numbers
        let extras = record.present.filter { keys.nodeFields[$0] == .attribute }
        return decoded.withUnsafeBytes { decoded in
            func value(_ number: Int?) -> UnsafeRawBufferPointer? {
                number.flatMap { values[$0] }.map { record.bytes($0, decoded: decoded) }
            }
            let slug = record.bytes(id, decoded: decoded)
            let name = value(numbers.label) ?? value(numbers.name) ?? slug
            if !nonASCIINodes, !Self.isASCII(slug) { nonASCIINodes = true }
            let kind = value(numbers.kind).flatMap { $0.isEmpty ? nil : $0 }
            guard extras.isEmpty else {
                let text = { (raw: UnsafeRawBufferPointer) in String(decoding: raw, as: UTF8.self) }
                let attributes = extras.map { (key: String(decoding: keys.names[$0], as: UTF8.self), value: text(value($0)!)) }
                    .sorted { $0.key < $1.key }.map { Attribute(key: $0.key, value: $0.value) }
                let node = Node(slug: text(slug), kind: NodeKind(unchecked: kind.map(text) ?? "node"), name: text(name), attributes: attributes)
                guard let added = try? builder.add(node) else { return false }
                nodeIDs.add(added, slug: slug, in: builder)
                return true
            }
            guard let code = kind == nil ? plainKindCode() : kindCode(kind!) else { return false }
            guard let added = builder.addNode(slug: slug, name: name, kind: code) else { return false }
            nodeIDs.add(added, slug: slug, in: builder)
            return true
        }
    }

    private mutating func kindCode(_ raw: UnsafeRawBufferPointer) -> UInt16? {
        if let code = kinds.code(of: raw) { return code }
        guard let code = try? builder.kindCode(NodeKind(unchecked: String(decoding: raw, as: UTF8.self))) else { return nil }
        return kinds.add(raw, code: code) ? code : nil
    }

    /// The kind of a node without one, coded when first needed (as the assembler codes it).
    private mutating func plainKindCode() -> UInt16? {
        if plainKind == nil { plainKind = try? builder.kindCode(NodeKind(unchecked: "node")) }
        return plainKind
    }
}
