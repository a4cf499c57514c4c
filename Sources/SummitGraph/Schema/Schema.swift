/// What a graph's vocabularies mean, declared once: node kinds and their subtypes, edge types and
/// their rules (which kinds they join, which fields they take), statuses, participation roles,
/// cooperation areas (a hierarchy, with synonyms), conflict fields, the fields of an edge, and
/// the types of the free attributes edges carry.
///
/// ``standard`` is summitgraph's own; a dataset's schema is the standard one plus what its
/// `datapackage.json` declares; an imported graph's is the standard one plus the types of the
/// attributes it brought. A ``Graph`` carries the schema it was built with, so queries and exports
/// use the graph's own vocabulary.
public struct Schema: Sendable, Codable {
    public internal(set) var kinds: [NodeKindRule] = []
    public internal(set) var types: [EdgeTypeRule] = []
    public internal(set) var statuses: [Term<EdgeStatus>] = []
    public internal(set) var roles: [Term<ParticipationRole>] = []
    /// Each parent before its children.
    public internal(set) var areas: [AreaTerm] = []
    public internal(set) var conflictFields: [Term<Conflict.Field>] = []
    /// In column order.
    public internal(set) var edgeFields: [EdgeField] = []
    /// The type of each free attribute's values, by name; a name not here is `string`.
    public var attributeTypes: [String: AttributeType] = [:]

    private var index = Index()

    /// Positions by name, built by ``reindex()`` and kept by ``indexLast(_:)`` as lists grow.
    private struct Index: Sendable {
        var kinds: [NodeKind: Int] = [:], types: [EdgeType: Int] = [:], areas: [CooperationArea: Int] = [:]
        var fields: [String: Int] = [:], statuses: Set<EdgeStatus> = [], roles: Set<ParticipationRole> = []
        var conflictFields: Set<Conflict.Field> = []
        /// Each area's children, in declaration order.
        var children: [CooperationArea: [CooperationArea]] = [:]
        /// Synonyms, lower-cased, to their area.
        var synonyms: [String: CooperationArea] = [:]
    }

    /// An empty schema: no vocabulary at all.
    public init() {}

    public init(kinds: [NodeKindRule], types: [EdgeTypeRule], statuses: [Term<EdgeStatus>], roles: [Term<ParticipationRole>],
                areas: [AreaTerm], conflictFields: [Term<Conflict.Field>], edgeFields: [EdgeField]) {
        (self.kinds, self.types, self.statuses, self.roles) = (kinds, types, statuses, roles)
        (self.areas, self.conflictFields, self.edgeFields) = (areas, conflictFields, edgeFields)
        // A field kept in the attributes has its declared type there too, so exports write it typed.
        for field in edgeFields where field.slot == .attribute { attributeTypes[field.name] = field.attributeType }
        reindex()
    }

    mutating func reindex() {
        var index = Index()
        for (i, rule) in kinds.enumerated() { index.kinds[rule.kind] = i }
        for (i, rule) in types.enumerated() { index.types[rule.type] = i }
        for (i, field) in edgeFields.enumerated() { index.fields[field.name] = i }
        for (i, area) in areas.enumerated() {
            index.areas[area.name] = i
            if let parent = area.parent { index.children[parent, default: []].append(area.name) }
            for synonym in area.synonyms { index.synonyms[synonym.lowercased()] = index.synonyms[synonym.lowercased()] ?? area.name }
        }
        index.statuses = Set(statuses.map(\.name))
        index.roles = Set(roles.map(\.name))
        index.conflictFields = Set(conflictFields.map(\.name))
        self.index = index
    }

    /// The lists ``indexLast(_:)`` knows.
    enum List { case kinds, types, statuses, roles, areas, conflictFields, edgeFields }

    /// Adds the item just appended to `list` to the index; the rest of it stands.
    /// - Complexity: O(1) on average; an area, O(its synonyms).
    mutating func indexLast(_ list: List) {
        switch list {
        case .kinds: index.kinds[kinds[kinds.count - 1].kind] = kinds.count - 1
        case .types: index.types[types[types.count - 1].type] = types.count - 1
        case .edgeFields: index.fields[edgeFields[edgeFields.count - 1].name] = edgeFields.count - 1
        case .statuses: index.statuses.insert(statuses[statuses.count - 1].name)
        case .roles: index.roles.insert(roles[roles.count - 1].name)
        case .conflictFields: index.conflictFields.insert(conflictFields[conflictFields.count - 1].name)
        case .areas:
            let area = areas[areas.count - 1]
            index.areas[area.name] = areas.count - 1
            if let parent = area.parent { index.children[parent, default: []].append(area.name) }
            for synonym in area.synonyms where index.synonyms[synonym.lowercased()] == nil { index.synonyms[synonym.lowercased()] = area.name }
        }
    }

    /// The rule of edge type `type`, if the schema declares it.
    /// - Complexity: O(1) on average.
    public func rule(for type: EdgeType) -> EdgeTypeRule? { index.types[type].map { types[$0] } }
    /// The rule of node kind `kind`, if the schema declares it.
    public func rule(for kind: NodeKind) -> NodeKindRule? { index.kinds[kind].map { kinds[$0] } }
    /// The area `area` as declared, if it is.
    public func term(for area: CooperationArea) -> AreaTerm? { index.areas[area].map { areas[$0] } }
    /// The edge field named `name`, if the schema declares it.
    public func field(named name: String) -> EdgeField? { index.fields[name].map { edgeFields[$0] } }
    /// The position of `type` in ``types`` (a map colours types by it).
    public func position(of type: EdgeType) -> Int? { index.types[type] }
    /// The position of `kind` in ``kinds``.
    public func position(of kind: NodeKind) -> Int? { index.kinds[kind] }
    /// The position of `status` in ``statuses``.
    public func position(of status: EdgeStatus) -> Int? { statuses.firstIndex { $0.name == status } }

    public func declares(_ status: EdgeStatus) -> Bool { index.statuses.contains(status) }
    public func declares(_ role: ParticipationRole) -> Bool { index.roles.contains(role) }
    public func declares(_ area: CooperationArea) -> Bool { index.areas[area] != nil }
    public func declares(_ field: Conflict.Field) -> Bool { index.conflictFields.contains(field) }
    public func declares(_ type: EdgeType) -> Bool { index.types[type] != nil }
    public func declares(_ kind: NodeKind) -> Bool { index.kinds[kind] != nil }

    /// The areas directly under `area`, in declaration order.
    public func children(of area: CooperationArea) -> [CooperationArea] { index.children[area] ?? [] }

    /// The area a word or phrase of an article names (`water supply` → `water-supply`), compared
    /// without case; area names count as their own synonyms.
    /// - Complexity: O(1) on average.
    public func area(namedBy phrase: String) -> CooperationArea? {
        let key = phrase.lowercased()
        return index.synonyms[key] ?? (index.areas[CooperationArea(unchecked: key)] != nil ? CooperationArea(unchecked: key) : nil)
    }

    /// The fields kept in `slot`, in column order.
    public func fields(in slot: EdgeField.Slot) -> [EdgeField] { edgeFields.filter { $0.slot == slot } }

    /// The names an edge's built-in values go by in every export (and import), in writing order:
    /// `label` (the type and date, for tools that show one), then each built-in field's
    /// ``EdgeField/valueNames``. Attributes follow them, by name, whether the schema declares them
    /// as fields or not, so that an export read back writes them in the same order.
    public var edgeKeys: [String] { ["label"] + edgeFields.filter { $0.slot != .attribute }.flatMap(\.valueNames) }

    /// The type of attribute `name`'s values (`string` when none is recorded).
    public func attributeType(of name: String) -> AttributeType { attributeTypes[name] ?? .string }

    enum CodingKeys: String, CodingKey { case kinds, types, statuses, roles, areas, conflictFields, edgeFields, attributeTypes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kinds: try c.decode([NodeKindRule].self, forKey: .kinds), types: try c.decode([EdgeTypeRule].self, forKey: .types),
                  statuses: try c.decode([Term<EdgeStatus>].self, forKey: .statuses), roles: try c.decode([Term<ParticipationRole>].self, forKey: .roles),
                  areas: try c.decode([AreaTerm].self, forKey: .areas), conflictFields: try c.decode([Term<Conflict.Field>].self, forKey: .conflictFields),
                  edgeFields: try c.decode([EdgeField].self, forKey: .edgeFields))
        attributeTypes = try c.decode([String: AttributeType].self, forKey: .attributeTypes)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kinds, forKey: .kinds)
        try c.encode(types, forKey: .types)
        try c.encode(statuses, forKey: .statuses)
        try c.encode(roles, forKey: .roles)
        try c.encode(areas, forKey: .areas)
        try c.encode(conflictFields, forKey: .conflictFields)
        try c.encode(edgeFields, forKey: .edgeFields)
        try c.encode(attributeTypes, forKey: .attributeTypes)
    }
}

extension Schema: Equatable {
    public static func == (a: Schema, b: Schema) -> Bool {
        a.kinds == b.kinds && a.types == b.types && a.statuses == b.statuses && a.roles == b.roles && a.areas == b.areas
            && a.conflictFields == b.conflictFields && a.edgeFields == b.edgeFields && a.attributeTypes == b.attributeTypes
    }
}
