import SummitGraph

/// The `<key>`s of a GraphML file as the bulk reader uses them: each key id leads to the name its
/// `attr.name` declares (the id itself without one), and each name, numbered in the order first
/// declared, to what ``GraphAssembler`` makes of a value so named on a node, an edge, the graph.
///
/// Ids and names are compared as bytes, so only ASCII ones are taken: ``declare(id:name:)``
/// refuses others (the general reader compares them as `String`s, by canonical equivalence).
struct GraphMLKeys {
    /// What a value does on a node.
    enum NodeField: Equatable {
        case kind, name, label
        /// Kept as a node attribute.
        case attribute
        /// Read by the assembler in a way the bulk reader does not (subtype, aliases, attributes, sources).
        case unsupported
    }

    /// What a value does on an edge.
    enum EdgeField: Equatable {
        case type, relation, status, date, key, id
        /// Known, and not kept (label, date_start, date_end).
        case ignored
        /// A free attribute, kept.
        case attribute
        /// Reported as not kept (a name not every format can carry).
        case dropped
        /// Read by the assembler in a way the bulk reader does not (place, role, title, …).
        case unsupported
    }

    /// The names, by number, as bytes and as text.
    private(set) var names: [[UInt8]] = [], texts: [String] = []
    private(set) var nodeFields: [NodeField] = []
    private(set) var edgeFields: [EdgeField] = []
    /// The `attr.type` of the last key edges may use that declares each name (`string` for none).
    private(set) var edgeTypes: [AttributeType] = []
    /// Whether a graph-level value of this name is read by the assembler (sources, conflicts).
    private(set) var readAtGraphLevel: [Bool] = []
    /// The numbers of the names the assembler reads by name; `nil` until declared.
    struct Numbers {
        var kind, name, label, type, relation, status, date, key, id: Int?
    }

    private(set) var numbers = Numbers()
    /// The name number of each key, by id: packed in a word when it is short (as ids mostly are:
    /// `d0`, `d1`, …), else as an array.
    private var shortKeys: [UInt64: Int] = [:], longKeys: [[UInt8]: Int] = [:]
    /// The number of each name.
    private var numbersByName: [[UInt8]: Int] = [:]

    /// Declares key `id` as naming `name`, its values of `type` when edges may use it (`forEdges`).
    /// - Returns: `false` when either is not ASCII.
    /// - Complexity: O(length of both) on average.
    mutating func declare(id: UnsafeRawBufferPointer, name raw: UnsafeRawBufferPointer, type: AttributeType, forEdges: Bool) -> Bool {
        guard id.allSatisfy({ $0 < 0x80 }), raw.allSatisfy({ $0 < 0x80 }) else { return false }
        let number = numbersByName[Array(raw)] ?? add(name: raw)
        if forEdges { edgeTypes[number] = type }
        if let packed = Self.packed(id) { shortKeys[packed] = number } else { longKeys[Array(id)] = number }
        return true
    }

    /// The number of the name key `id` declares, or `nil` for a key not declared.
    /// - Complexity: O(length of `id`) on average.
    func name(ofKey id: UnsafeRawBufferPointer) -> Int? {
        if let packed = Self.packed(id) { return shortKeys[packed] }
        return longKeys[Array(id)]
    }

    /// Up to seven bytes and their count in one word; `nil` for longer ones.
    private static func packed(_ raw: UnsafeRawBufferPointer) -> UInt64? {
        guard raw.count < 8 else { return nil }
        var word = UInt64(raw.count) << 56
        for (i, byte) in raw.enumerated() { word |= UInt64(byte) << (8 * i) }
        return word
    }

    private mutating func add(name raw: UnsafeRawBufferPointer) -> Int {
        let number = names.count
        let text = String(decoding: raw, as: UTF8.self)
        names.append(Array(raw))
        texts.append(text)
        numbersByName[Array(raw)] = number
        let nodeField: NodeField
        switch text {
        case "kind": (numbers.kind, nodeField) = (number, .kind)
        case "name": (numbers.name, nodeField) = (number, .name)
        case "label": (numbers.label, nodeField) = (number, .label)
        default: nodeField = GraphAssembler.nodeKeys.contains(text) ? .unsupported : .attribute
        }
        let edgeField: EdgeField
        switch text {
        case "type": (numbers.type, edgeField) = (number, .type)
        case "relation": (numbers.relation, edgeField) = (number, .relation)
        case "status": (numbers.status, edgeField) = (number, .status)
        case "date": (numbers.date, edgeField) = (number, .date)
        case "key": (numbers.key, edgeField) = (number, .key)
        case "id": (numbers.id, edgeField) = (number, .id)
        case "label", "date_start", "date_end": edgeField = .ignored
        default: edgeField = GraphAssembler.edgeKeys.contains(text) ? .unsupported : EdgeAttribute.isValidName(text) ? .attribute : .dropped
        }
        nodeFields.append(nodeField)
        edgeFields.append(edgeField)
        edgeTypes.append(.string)
        readAtGraphLevel.append(text == "sources" || text == "conflicts")
        return number
    }
}

extension AttributeType {
    /// The type a GraphML key's `attr.type` names (`integer`, which NetworkX also reads, as
    /// `int`); `string` for none or any other.
    init(graphML name: String?) {
        self = name == "integer" ? .int : name.flatMap(AttributeType.init(rawValue:)) ?? .string
    }
}
