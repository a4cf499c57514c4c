import Foundation
import SummitDataset
import SummitGraph
import Testing

/// A dataset's `datapackage.json` declares its own edge type (with rules), status, role, area
/// (with a parent) and edge columns; the loader's schema is the standard one plus those.
@Suite("Declared vocabularies and edge columns")
struct DeclaredVocabularyTests {
    static let folder = Fixtures.root.appendingPathComponent("declared")
    static let graph = try! DatasetLoader.load(directory: folder.path)

    func edge(_ slug: String) throws -> Edge { Self.graph[try #require(Self.graph.edge(slug: slug))] }

    @Test func theDatasetsSchemaIsTheStandardOnePlusItsDeclarations() throws {
        let schema = Self.graph.schema, added = schema.additions(beyond: .standard)
        #expect(added.types.map(\.type.rawValue) == ["mediates"])
        #expect(added.statuses.map(\.name.rawValue) == ["rumoured"])
        #expect(added.roles.map(\.name.rawValue) == ["observer"])
        #expect(added.areas.map(\.name.rawValue) == ["glacier-monitoring"])
        #expect(added.edgeFields.map(\.name) == ["weight", "tags"])
        let rule = try #require(schema.rule(for: EdgeType(unchecked: "mediates")))
        #expect(rule.sourceKinds == [.person, .position] && rule.targetKinds == [.initiative] && rule.requiredFields == ["role", "date"])
        #expect(schema.areas(under: CooperationArea(unchecked: "water")).contains(CooperationArea(unchecked: "glacier-monitoring")))
        #expect(schema.area(namedBy: "glaciers") == CooperationArea(unchecked: "glacier-monitoring"))
        #expect(schema.attributeType(of: "weight") == .double && schema.attributeType(of: "tags") == .string)
    }

    @Test func edgesUseTheDeclaredValuesAndCarryTheColumns() throws {
        let mediates = try edge("bruno-mediates")
        #expect(mediates.type.rawValue == "mediates" && mediates.status.rawValue == "rumoured" && mediates.role?.rawValue == "observer")
        #expect(mediates.attributes == [EdgeAttribute("tags", .list(["talks", "shuttle"])), EdgeAttribute("weight", .text("0.5"))])
        #expect(try edge("coop-hydro").attribute("weight") == .text("2.0"), "a number in its canonical form")
        #expect(try edge("met-alice-bruno").attributes.isEmpty)
    }

    /// The declared type's rules hold like the standard ones'.
    @Test(arguments: [
        ("\tobserver\t", "\t\t", "edges.tsv:11:69: error: missing participation role; use one of: chair, host, attendee, signatory, organizer, member, observer"),
        ("forum-2025\trumoured\t2025-12-19", "forum-2025\trumoured\t", "edges.tsv:11:57: error: 'mediates' edge without a date"),
        ("bruno-bello\tforum-2025", "norland\tforum-2025", "edges.tsv:11:25: error: a 'mediates' edge cannot start at 'norland', a state"),
        ("\trumoured\t2025", "\trumored\t2025", "edges.tsv:11:48: error: unknown status 'rumored'; did you mean 'rumoured'?"),
    ])
    func theDeclaredRulesHold(_ original: String, _ broken: String, _ message: String) throws {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path) {
            files[name] = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        }
        let edges = String(decoding: try #require(files["edges.tsv"]), as: UTF8.self)
        let line = try #require(edges.split(separator: "\n").first { $0.hasPrefix("bruno-mediates") })
        #expect(line.contains(original))
        files["edges.tsv"] = Data(edges.replacingOccurrences(of: line, with: line.replacingOccurrences(of: original, with: broken)).utf8)
        do {
            _ = try DatasetLoader.load(files: files, name: "d")
            Issue.record("accepted")
        } catch {
            #expect(error.description.hasPrefix("d/" + message), "\(error)")
        }
    }
}
