extension Schema {
    /// Whether `name` may be declared as a kind, type, status, role or area: lower-case ASCII
    /// letters and digits, with `_` or `-` between them (`participates_in`, `water-supply`).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
              let last = name.utf8.last, last != UInt8(ascii: "_"), last != UInt8(ascii: "-") else { return false }
        return name.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
            || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// Adds a node kind. Declaring one the schema has, as it has it, changes nothing.
    /// - Throws: ``GraphError/conflictingDeclaration(_:name:reason:)`` when the schema has it otherwise.
    public mutating func declare(_ rule: NodeKindRule) throws(GraphError) {
        if try Self.add(rule, named: rule.kind.rawValue, what: "node kind", to: &kinds, existing: self.rule(for: rule.kind)) { indexLast(.kinds) }
    }

    /// Adds an edge type; see ``declare(_:)-(NodeKindRule)``.
    public mutating func declare(_ rule: EdgeTypeRule) throws(GraphError) {
        if try Self.add(rule, named: rule.type.rawValue, what: "edge type", to: &types, existing: self.rule(for: rule.type)) { indexLast(.types) }
    }

    /// Adds a status; see ``declare(_:)-(NodeKindRule)``.
    public mutating func declare(status term: Term<EdgeStatus>) throws(GraphError) {
        if try Self.add(term, named: term.name.rawValue, what: "status", to: &statuses, existing: statuses.first { $0.name == term.name }) { indexLast(.statuses) }
    }

    /// Adds a participation role; see ``declare(_:)-(NodeKindRule)``.
    public mutating func declare(role term: Term<ParticipationRole>) throws(GraphError) {
        if try Self.add(term, named: term.name.rawValue, what: "participation role", to: &roles, existing: roles.first { $0.name == term.name }) { indexLast(.roles) }
    }

    /// Adds a conflict field; see ``declare(_:)-(NodeKindRule)``.
    public mutating func declare(conflictField term: Term<Conflict.Field>) throws(GraphError) {
        if try Self.add(term, named: term.name.rawValue, what: "conflict field", to: &conflictFields,
                     existing: conflictFields.first { $0.name == term.name }) { indexLast(.conflictFields) }
    }

    /// Adds a cooperation area (its parent may be declared after it); see ``declare(_:)-(NodeKindRule)``.
    public mutating func declare(_ area: AreaTerm) throws(GraphError) {
        if try Self.add(area, named: area.name.rawValue, what: "cooperation area", to: &areas, existing: term(for: area.name)) { indexLast(.areas) }
    }

    /// Adds an edge field, kept in the edges' attributes; see ``declare(_:)-(NodeKindRule)``.
    public mutating func declare(_ field: EdgeField) throws(GraphError) {
        if try Self.add(field, named: field.name, what: "edge field", to: &edgeFields, existing: self.field(named: field.name)) { indexLast(.edgeFields) }
        if field.slot == .attribute { attributeTypes[field.name] = field.attributeType }
    }

    private static func add<Item: Equatable>(_ item: Item, named name: String, what: String, to list: inout [Item],
                                             existing: Item?) throws(GraphError) -> Bool {
        if let existing {
            guard existing == item else {
                throw .conflictingDeclaration(what, name: name, reason: "the schema already declares it otherwise")
            }
            return false
        }
        list.append(item)
        return true
    }

    /// What is wrong with an edge type rule in this schema: kinds it does not declare, fields it
    /// does not have or that every edge has anyway.
    public func problems(of rule: EdgeTypeRule) -> [String] {
        var found: [String] = []
        for kind in (rule.sourceKinds ?? []) + (rule.targetKinds ?? []) + rule.groupsUnder where !declares(kind) {
            found.append("unknown node kind '\(kind.rawValue)'" + Self.guess(kind.rawValue, among: kinds.map(\.kind.rawValue)))
        }
        for name in rule.requiredFields + rule.allowedFields {
            guard let field = field(named: name) else {
                found.append("unknown edge field '\(name)'" + Self.guess(name, among: edgeFields.map(\.name)))
                continue
            }
            if field.isRequired { found.append("every edge has '\(name)' already") }
        }
        for name in rule.allowedFields where field(named: name)?.isRestricted == false {
            found.append("'\(name)' is allowed on every type; list it under requires, or leave it out")
        }
        return found
    }

    /// What is wrong with an area in this schema: a parent it does not declare, a parent chain
    /// that comes back to the area, a synonym another area has.
    public func problems(of area: AreaTerm) -> [String] {
        var found: [String] = []
        if let parent = area.parent {
            if !declares(parent) { found.append("unknown parent area '\(parent.rawValue)'" + Self.guess(parent.rawValue, among: areaNames)) }
            var next: CooperationArea? = parent, steps = 0
            while let above = next, steps <= areas.count {
                if above == area.name { found.append("its parents come back to it"); break }
                (next, steps) = (term(for: above)?.parent, steps + 1)
            }
        }
        for synonym in area.synonyms {
            if let owner = self.area(namedBy: synonym), owner != area.name { found.append("synonym '\(synonym)' already names '\(owner.rawValue)'") }
        }
        return found
    }

    /// ` (did you mean 'x'?)` for the closest of `names`, or nothing.
    private static func guess(_ name: String, among names: [String]) -> String {
        Spelling.closest(to: name, among: names, count: 1).first.map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// What this schema declares beyond `base` (kinds, types, statuses, roles, areas, fields not
    /// there), with every attribute type: what a snapshot stores besides the standard schema.
    public func additions(beyond base: Schema) -> Schema {
        var extra = Schema(kinds: kinds.filter { !base.declares($0.kind) }, types: types.filter { !base.declares($0.type) },
                           statuses: statuses.filter { !base.declares($0.name) }, roles: roles.filter { !base.declares($0.name) },
                           areas: areas.filter { !base.declares($0.name) }, conflictFields: conflictFields.filter { !base.declares($0.name) },
                           edgeFields: edgeFields.filter { base.field(named: $0.name) == nil })
        extra.attributeTypes = attributeTypes
        return extra
    }

    /// This schema with `additions` declared (see ``additions(beyond:)``).
    /// - Throws: ``GraphError/conflictingDeclaration(_:name:reason:)`` for an addition this schema has otherwise.
    public func adding(_ additions: Schema) throws(GraphError) -> Schema {
        var schema = self
        for rule in additions.kinds { try schema.declare(rule) }
        for rule in additions.types { try schema.declare(rule) }
        for term in additions.statuses { try schema.declare(status: term) }
        for term in additions.roles { try schema.declare(role: term) }
        for area in additions.areas { try schema.declare(area) }
        for field in additions.edgeFields { try schema.declare(field) }
        for term in additions.conflictFields { try schema.declare(conflictField: term) }
        schema.attributeTypes.merge(additions.attributeTypes) { _, new in new }
        schema.reindex()
        return schema
    }
}
