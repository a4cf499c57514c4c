import Foundation
import SummitGraph

extension DatasetReader {
    /// The file that declares a dataset's own vocabulary and columns.
    static let packageFile = "datapackage.json"

    /// Reads what the dataset's `datapackage.json` declares into ``schema``: the columns its
    /// `edges` resource has beyond the standard ones (kept as edge attributes), and the node
    /// kinds, edge types, statuses, roles, areas and conflict fields of its `summitgraph` section.
    /// A standard value may be declared again, as the standard schema has it. Every problem is
    /// reported where it is in the file.
    mutating func readPackage(_ data: Data) {
        let file = path(Self.packageFile)
        let document: LocatedJSON
        do {
            document = try LocatedJSON.parse([UInt8](data), file: file)
        } catch {
            if case .invalidJSON(_, let line, let column, let message, let fix) = error { report(file, line, column, message, fix: fix) }
            return
        }
        guard case .object = document.value else {
            return report(file, document.line, document.column, "the data package is not a JSON object",
                          fix: "write it as a Frictionless Data Package: {\"name\": …, \"resources\": […], \"summitgraph\": {…}}")
        }
        var added = PackageDeclarations(file: file)
        for resource in document["resources"]?.items ?? [] where resource["name"]?.string == "edges" {
            for field in resource["schema"]?["fields"]?.items ?? [] { added.column(field, into: &schema) }
        }
        if let section = document["summitgraph"] { added.section(section, into: &schema) }
        added.checkReferences(in: schema)
        diagnostics += added.diagnostics
        excused.formUnion(added.broken)
    }
}

/// The declarations of one `datapackage.json`, read into a schema with the place of each, so that
/// what is wrong with one (its syntax, a name taken, a kind or parent that does not exist) is
/// reported where it is.
struct PackageDeclarations {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// The names of declarations that could not be added: uses of them are not reported again.
    var broken: Set<String> = []
    /// Declarations added (not standard), with where each is, for the checks that need them all.
    private var types: [(EdgeTypeRule, LocatedJSON)] = [], areas: [(AreaTerm, LocatedJSON)] = []

    init(file: String) { self.file = file }

    mutating func report(_ at: LocatedJSON, _ message: String, fix: String) {
        diagnostics.append(Diagnostic(file: file, line: at.line, column: at.column, message: message, fix: fix))
    }

    /// The vocabularies of the `summitgraph` section, in dependency order (kinds and columns before
    /// the types that name them).
    mutating func section(_ section: LocatedJSON, into schema: inout Schema) {
        let known = ["listSeparator", "nodeKinds", "edgeTypes", "statuses", "roles", "areas", "conflictFields"]
        guard case .object(let members) = section.value else {
            return report(section, "the summitgraph section is not an object", fix: "write it as {\"areas\": […], \"edgeTypes\": […], …}")
        }
        for (key, value) in members where !known.contains(key) {
            report(value, "unknown member '\(key)' in the summitgraph section", fix: "use \(known.joined(separator: ", "))")
        }
        if let separator = section["listSeparator"], separator.string != ";" {
            report(separator, "the list separator is ';' in every summitgraph dataset", fix: "write \"listSeparator\": \";\" or leave it out")
        }
        for item in declarations(section["nodeKinds"], "node kind", ["name", "description", "subtypes", "subtypeRequired"]) {
            let rule = NodeKindRule(NodeKind(unchecked: item.name), text(item.json, "description"), subtypes: names(item.json, "subtypes"),
                                    requiresSubtype: flag(item.json, "subtypeRequired"))
            add(item) { () throws(GraphError) in try schema.declare(rule) }
        }
        for item in declarations(section["statuses"], "status", ["name", "description"]) {
            let term = Term(EdgeStatus(unchecked: item.name), text(item.json, "description"))
            add(item) { () throws(GraphError) in try schema.declare(status: term) }
        }
        for item in declarations(section["roles"], "participation role", ["name", "description"]) {
            let term = Term(ParticipationRole(unchecked: item.name), text(item.json, "description"))
            add(item) { () throws(GraphError) in try schema.declare(role: term) }
        }
        for item in declarations(section["conflictFields"], "conflict field", ["name", "description"]) {
            let term = Term(Conflict.Field(unchecked: item.name), text(item.json, "description"))
            add(item) { () throws(GraphError) in try schema.declare(conflictField: term) }
        }
        for item in declarations(section["areas"], "cooperation area", ["name", "parent", "synonyms"]) {
            let area = AreaTerm(item.name, under: item.json["parent"].flatMap { value in string(value, "parent") }, synonyms: names(item.json, "synonyms") ?? [])
            if add(item, { () throws(GraphError) in try schema.declare(area) }), !Schema.standard.declares(area.name) { areas.append((area, item.json)) }
        }
        let typeKeys = ["name", "description", "source", "target", "symmetric", "requires", "allows", "groupsUnder"]
        for item in declarations(section["edgeTypes"], "edge type", typeKeys) {
            let (source, target, groups) = (kinds(item.json, "source"), kinds(item.json, "target"), kinds(item.json, "groupsUnder"))
            let rule = EdgeTypeRule(EdgeType(unchecked: item.name), text(item.json, "description"), from: source, to: target,
                                    symmetric: flag(item.json, "symmetric"), requires: names(item.json, "requires") ?? [],
                                    allows: names(item.json, "allows") ?? [], groupsUnder: groups ?? [])
            if add(item, { () throws(GraphError) in try schema.declare(rule) }), !Schema.standard.declares(rule.type) { types.append((rule, item.json)) }
        }
    }

    /// A column of the edges resource: a standard field, or one kept as an attribute.
    mutating func column(_ field: LocatedJSON, into schema: inout Schema) {
        guard let name = field["name"].flatMap({ string($0, "name") }), Schema.standard.field(named: name) == nil else { return }
        let builtIn = Schema.standard.edgeKeys.contains(name)
        guard EdgeAttribute.isValidName(name), !builtIn else {
            broken.insert(name)
            return report(field["name"] ?? field, "edge column '\(name)' cannot be an attribute",
                          fix: builtIn ? "'\(name)' is a name exports give a built-in value; choose another"
                              : "name it with ASCII letters, digits, '_', '-' and '.', starting with a letter (not id, key, source or target)")
        }
        let types: [String: EdgeField.Value] = ["string": .text, "integer": .integer, "number": .number, "boolean": .boolean, "list": .list]
        let type = field["type"].flatMap { string($0, "type") } ?? "string"
        guard let value = types[type] else {
            broken.insert(name)
            return report(field["type"] ?? field, "edge column '\(name)' has type '\(type)'", fix: "use string, integer, number, boolean or list")
        }
        if let delimiter = field["delimiter"], delimiter.string != ";" {
            report(delimiter, "the items of a list are separated by ';'", fix: "write \"delimiter\": \";\" or leave it out")
        }
        let required = field["constraints"]?["required"]?.bool == true
        let declared = EdgeField(name, field["description"]?.string ?? "", slot: .attribute, value: value, required: required)
        add((name, field), what: "edge column") { () throws(GraphError) in try schema.declare(declared) }
    }

    /// Reports what the declared types and areas name and the schema does not have.
    mutating func checkReferences(in schema: Schema) {
        for (rule, at) in types {
            for problem in schema.problems(of: rule) {
                report(at, "edge type '\(rule.type.rawValue)': \(problem)",
                       fix: "declare what it names (node kinds, edge columns), or correct the name")
            }
        }
        for (area, at) in areas {
            for problem in schema.problems(of: area) { report(at, "cooperation area '\(area.name.rawValue)': \(problem)", fix: "correct the declaration") }
        }
    }

    /// The objects of a declaration list, each with a valid name and only `keys` as members.
    private mutating func declarations(_ list: LocatedJSON?, _ what: String, _ keys: [String]) -> [(name: String, json: LocatedJSON, what: String)] {
        guard let list else { return [] }
        guard let items = list.items else {
            report(list, "the \(what) declarations are not a list", fix: "write them as [{\"name\": …}, …]")
            return []
        }
        return items.compactMap { item in
            guard case .object(let members) = item.value else {
                report(item, "a \(what) declaration is not an object", fix: "write it as {\"name\": …, …}")
                return nil
            }
            for (key, value) in members where !keys.contains(key) {
                report(value, "unknown member '\(key)' in a \(what) declaration", fix: "use \(keys.joined(separator: ", "))")
            }
            guard let name = item["name"].flatMap({ string($0, "name") }) else {
                if item["name"] == nil { report(item, "a \(what) declaration without a name", fix: "give it a \"name\"") }
                return nil
            }
            guard Schema.isValidName(name) else {
                broken.insert(name)
                report(item["name"] ?? item, "\(what) name '\(name)' is not lower-case letters and digits joined by '_' or '-'",
                       fix: "rename it, e.g. '\(DatasetReader.slugify(name))'")
                return nil
            }
            return (name, item, what)
        }
    }

    /// Runs `declare`; reports a name the schema has otherwise.
    @discardableResult
    private mutating func add(_ item: (name: String, json: LocatedJSON, what: String), _ declare: () throws(GraphError) -> Void) -> Bool {
        add((item.name, item.json), what: item.what, declare)
    }

    @discardableResult
    private mutating func add(_ item: (name: String, json: LocatedJSON), what: String, _ declare: () throws(GraphError) -> Void) -> Bool {
        do {
            try declare()
            return true
        } catch {
            broken.insert(item.name)
            report(item.json, "\(what) '\(item.name)' is declared otherwise already (by summitgraph, or earlier in this file)",
                   fix: "declare it as summitgraph does, or give yours another name")
            return false
        }
    }

    private mutating func string(_ value: LocatedJSON, _ key: String) -> String? {
        if let text = value.string { return text }
        report(value, "'\(key)' is not a string", fix: "write it in double quotes")
        return nil
    }

    private mutating func text(_ item: LocatedJSON, _ key: String) -> String { item[key].flatMap { string($0, key) } ?? "" }

    private mutating func names(_ item: LocatedJSON, _ key: String) -> [String]? {
        guard let value = item[key] else { return nil }
        if let names = value.strings { return names }
        report(value, "'\(key)' is not a list of names", fix: "write it as [\"…\", \"…\"]")
        return nil
    }

    private mutating func kinds(_ item: LocatedJSON, _ key: String) -> [NodeKind]? {
        names(item, key)?.map(NodeKind.init(unchecked:))
    }

    private mutating func flag(_ item: LocatedJSON, _ key: String) -> Bool {
        guard let value = item[key] else { return false }
        if let flag = value.bool { return flag }
        report(value, "'\(key)' is not true or false", fix: "write true or false, without quotes")
        return false
    }
}
