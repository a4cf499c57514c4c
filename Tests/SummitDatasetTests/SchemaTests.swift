import Foundation
import SummitGraph
import Testing

/// `seeds/datapackage.json` is the format's machine-readable schema; these tests keep it equal
/// to the vocabularies and columns the loader enforces.
@Suite("seeds/datapackage.json matches the loader")
struct SchemaTests {
    nonisolated(unsafe) static let package: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/datapackage.json")
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

    var vocabularies: [String: Any] { Self.package["summitgraph"] as? [String: Any] ?? [:] }

    @Test func enumerationsMatch() {
        #expect(enumeration("nodes", "kind") == NodeKind.allCases.map(\.rawValue))
        #expect(enumeration("edges", "type") == EdgeType.allCases.map(\.rawValue))
        #expect(enumeration("edges", "status") == EdgeStatus.allCases.map(\.rawValue))
        #expect(enumeration("edges", "role") == ParticipationRole.allCases.map(\.rawValue))
        #expect(enumeration("conflicts", "field") == Conflict.Field.allCases.map(\.rawValue))
        #expect(vocabularies["areas"] as? [String] == CooperationArea.vocabulary)
        #expect(vocabularies["initiativeSubtypes"] as? [String] == NodeKind.initiative.knownSubtypes)
        #expect(vocabularies["placeSubtypes"] as? [String] == NodeKind.place.knownSubtypes)
        #expect(vocabularies["organizationSubtypes"] as? [String] == NodeKind.organization.knownSubtypes)
    }

    @Test(arguments: [
        ("sources", ["id", "file", "publisher", "published", "title", "place", "author"]),
        ("nodes", ["id", "kind", "subtype", "name", "aliases", "attributes", "sources"]),
        ("edges", ["id", "type", "source", "target", "status", "date", "place", "role", "title", "areas", "topics", "sources", "note"]),
        ("evidence", ["edge", "source", "paraphrase", "span", "sha256"]),
        ("conflicts", ["id", "subjects", "field", "description", "sources"]),
    ])
    func columnsMatchTheSeedHeaders(_ resource: String, _ columns: [String]) throws {
        #expect(fields(resource).compactMap { $0["name"] as? String } == columns)
    }
}
