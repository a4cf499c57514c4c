import Testing
@testable import SummitGraph

/// A schema grown by declarations keeps its index item by item (no rebuild per declaration):
/// it must answer every lookup as a schema built whole from the same lists.
@Suite struct SchemaDeclaringTests {
    @Test func declaringTheStandardItemByItemAnswersAsTheStandard() throws {
        let standard = Schema.standard
        var grown = Schema()
        for rule in standard.kinds { try grown.declare(rule) }
        for field in standard.edgeFields { try grown.declare(field) }
        for rule in standard.types { try grown.declare(rule) }
        for term in standard.statuses { try grown.declare(status: term) }
        for term in standard.roles { try grown.declare(role: term) }
        for term in standard.areas { try grown.declare(term) }
        for term in standard.conflictFields { try grown.declare(conflictField: term) }
        // Declaring all of it again, as a dataset's datapackage.json does, changes nothing.
        for term in standard.areas { try grown.declare(term) }
        for rule in standard.types { try grown.declare(rule) }
        #expect(grown.areas.count == standard.areas.count && grown.types.count == standard.types.count)

        for (i, rule) in standard.types.enumerated() {
            #expect(grown.position(of: rule.type) == i && grown.rule(for: rule.type) == rule)
        }
        for (i, rule) in standard.kinds.enumerated() { #expect(grown.position(of: rule.kind) == i) }
        for field in standard.edgeFields { #expect(grown.field(named: field.name) == field) }
        for term in standard.statuses { #expect(grown.declares(term.name)) }
        for term in standard.roles { #expect(grown.declares(term.name)) }
        for term in standard.conflictFields { #expect(grown.declares(term.name)) }
        for area in standard.areas {
            #expect(grown.term(for: area.name) == area)
            #expect(grown.children(of: area.name) == standard.children(of: area.name))
            for synonym in area.synonyms { #expect(grown.area(namedBy: synonym) == standard.area(namedBy: synonym)) }
        }
        #expect(!grown.declares(EdgeType(unchecked: "no_such_type")))
    }

    @Test func aNewAreaIsFoundAtOnceWithItsParentAndSynonyms() throws {
        var schema = Schema.standard
        let parent = try #require(schema.areas.first { $0.parent == nil })
        let before = schema.children(of: parent.name)
        let area = AreaTerm("kite-flying", under: parent.name.rawValue, synonyms: ["kites", "kite festivals"])
        try schema.declare(area)
        #expect(schema.term(for: area.name) == area)
        #expect(schema.children(of: parent.name) == before + [area.name])
        #expect(schema.area(namedBy: "Kite festivals") == area.name && schema.area(namedBy: "kite-flying") == area.name)
    }
}
