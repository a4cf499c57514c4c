import Foundation
@testable import SummitDataset
import SummitGraph
import Testing

/// `seeds/datapackage.json` describes the format: its Table Schema enumerations and columns and
/// its `summitgraph` section must say what the standard schema (`Schema+Standard.swift`) says.
/// `SUMMITGRAPH_RECORD=1` rewrites the `summitgraph` section from the schema; review the diff.
@Suite("seeds/datapackage.json matches the Schema")
struct SchemaTests {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/datapackage.json")

    nonisolated(unsafe) static let package: [String: Any] = {
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }()

    func fields(_ resource: String) -> [[String: Any]] {
        let resources = Self.package["resources"] as? [[String: Any]] ?? []
        let schema = resources.first { $0["name"] as? String == resource }?["schema"] as? [String: Any]
        return schema?["fields"] as? [[String: Any]] ?? []
    }

    func enumeration(_ resource: String, _ field: String) -> [String] {
        let found = fields(resource).first { $0["name"] as? String == field }
        return (found?["constraints"] as? [String: Any])?["enum"] as? [String] ?? []
    }

    @Test func enumerationsAreTheSchemasVocabularies() {
        let schema = Schema.standard
        #expect(enumeration("nodes", "kind") == schema.kinds.map(\.kind.rawValue))
        #expect(enumeration("edges", "type") == schema.types.map(\.type.rawValue))
        #expect(enumeration("edges", "status") == schema.statuses.map(\.name.rawValue))
        #expect(enumeration("edges", "role") == schema.roles.map(\.name.rawValue))
        #expect(enumeration("conflicts", "field") == schema.conflictFields.map(\.name.rawValue))
    }

    @Test func edgeColumnsAreTheSchemasFields() {
        let columns = fields("edges")
        #expect(columns.compactMap { $0["name"] as? String } == Schema.standard.edgeFields.map(\.name))
        for (column, field) in zip(columns, Schema.standard.edgeFields) {
            let required = (column["constraints"] as? [String: Any])?["required"] as? Bool ?? false
            #expect(required == field.isRequired, "\(field.name): required")
        }
    }

    @Test(arguments: [DatasetFile.sources, .nodes, .evidence, .conflicts])
    func otherColumnsAreTheLoaders(_ file: DatasetFile) {
        let resource = String(file.rawValue.dropLast(4))
        let expected = file.requiredColumns(in: .standard) + file.optionalColumns(in: .standard)
        #expect(Set(fields(resource).compactMap { $0["name"] as? String }) == Set(expected))
        for column in fields(resource) {
            let required = (column["constraints"] as? [String: Any])?["required"] as? Bool ?? false
            #expect(required == file.requiredColumns(in: .standard).contains(column["name"] as? String ?? ""), "\(resource).\(column["name"] ?? "")")
        }
    }

    /// The section, read as the loader reads a dataset's declarations into an empty schema,
    /// declares exactly the standard vocabularies.
    @Test func theSummitgraphSectionDeclaresTheStandardSchema() throws {
        if ProcessInfo.processInfo.environment["SUMMITGRAPH_RECORD"] == "1" {
            try SchemaSection.record(Schema.standard, into: Self.url)
            Issue.record("recorded the summitgraph section of seeds/datapackage.json")
            return
        }
        let document = try LocatedJSON.parse(Array(Data(contentsOf: Self.url)), file: "datapackage.json")
        var declared = Schema(), reader = PackageDeclarations(file: "datapackage.json")
        reader.section(try #require(document["summitgraph"]), into: &declared)
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        let standard = Schema.standard
        #expect(declared.kinds == standard.kinds)
        #expect(declared.types == standard.types)
        #expect(declared.statuses == standard.statuses)
        #expect(declared.roles == standard.roles)
        #expect(declared.areas == standard.areas)
        #expect(declared.conflictFields == standard.conflictFields)
    }

    @Test func theStandardSchemaIsSound() {
        let schema = Schema.standard
        for rule in schema.types { #expect(schema.problems(of: rule).isEmpty, "\(rule.type): \(schema.problems(of: rule))") }
        for area in schema.areas { #expect(schema.problems(of: area).isEmpty, "\(area.name): \(schema.problems(of: area))") }
        for name in schema.kinds.map(\.kind.rawValue) + schema.types.map(\.type.rawValue) + schema.areaNames {
            #expect(Schema.isValidName(name), "\(name)")
        }
        #expect(Set(schema.edgeKeys).count == schema.edgeKeys.count, "no two values share a name")
    }

    /// A field declared in the schema itself (the one line a new field takes) and kept in the
    /// attributes has its type, so every export writes it typed, as a declared column does.
    @Test func aFieldKeptInTheAttributesHasItsType() {
        var fields = Schema.standard.edgeFields
        fields.append(EdgeField("confidence", "How sure the editor is.", value: .number))
        fields.append(EdgeField("pages", "Pages.", value: .integer))
        let standard = Schema.standard
        let schema = Schema(kinds: standard.kinds, types: standard.types, statuses: standard.statuses, roles: standard.roles,
                            areas: standard.areas, conflictFields: standard.conflictFields, edgeFields: fields)
        #expect(schema.attributeType(of: "confidence") == .double)
        #expect(schema.attributeType(of: "pages") == .long)
        #expect(schema.attributeType(of: "note") == .string)
    }
}

/// The `summitgraph` section of a data package, written from a schema: one declaration a line.
enum SchemaSection {
    static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func names(_ names: [String]) -> String { "[" + names.map(quoted).joined(separator: ", ") + "]" }

    /// One object on a line, members in the given order; `nil` values left out.
    static func object(_ members: [(String, String?)]) -> String {
        "{" + members.compactMap { key, value in value.map { "\(quoted(key)): \($0)" } }.joined(separator: ", ") + "}"
    }

    static func render(_ schema: Schema) -> String {
        func list(_ key: String, _ lines: [String]) -> String {
            "    \(quoted(key)): [\n" + lines.map { "      " + $0 }.joined(separator: ",\n") + "\n    ]"
        }
        let kinds = schema.kinds.map { rule in
            object([("name", quoted(rule.kind.rawValue)), ("description", quoted(rule.meaning)), ("subtypes", rule.subtypes.map(names)),
                    ("subtypeRequired", rule.requiresSubtype ? "true" : nil)])
        }
        let types = schema.types.map { rule in
            object([("name", quoted(rule.type.rawValue)), ("description", quoted(rule.meaning)),
                    ("source", rule.sourceKinds.map { names($0.map(\.rawValue)) }), ("target", rule.targetKinds.map { names($0.map(\.rawValue)) }),
                    ("symmetric", rule.isSymmetric ? "true" : nil), ("requires", rule.requiredFields.isEmpty ? nil : names(rule.requiredFields)),
                    ("allows", rule.allowedFields.isEmpty ? nil : names(rule.allowedFields)),
                    ("groupsUnder", rule.groupsUnder.isEmpty ? nil : names(rule.groupsUnder.map(\.rawValue)))])
        }
        func terms<V>(_ terms: [Term<V>]) -> [String] {
            terms.map { object([("name", quoted($0.name.rawValue)), ("description", quoted($0.meaning))]) }
        }
        let areas = schema.areas.map { area in
            object([("name", quoted(area.name.rawValue)), ("parent", area.parent.map { quoted($0.rawValue) }), ("synonyms", names(area.synonyms))])
        }
        return "  \"summitgraph\": {\n    \"listSeparator\": \";\",\n" + [
            list("nodeKinds", kinds), list("edgeTypes", types), list("statuses", terms(schema.statuses)), list("roles", terms(schema.roles)),
            list("areas", areas), list("conflictFields", terms(schema.conflictFields)),
        ].joined(separator: ",\n") + "\n  }\n}\n"
    }

    /// Replaces the file's `summitgraph` member (its last) with the schema's.
    static func record(_ schema: Schema, into url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let start = text.range(of: "\n  \"summitgraph\": {") else { throw CocoaError(.fileReadCorruptFile) }
        try Data((String(text[..<start.lowerBound]) + "\n" + render(schema)).utf8).write(to: url)
    }
}
