import Foundation
import SummitDataset
import SummitExport
import SummitGraph
import SummitImport
import Testing
import TestSupport

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/SummitImportTests/Fixtures/\(name)").path }

/// Writes `text` to a scratch file with `name`, returns its path.
func scratchFile(_ name: String, _ text: String) throws -> String {
    let folder = try ScratchFolder.make()
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

@Suite("Import: round trips, files other tools wrote, hostile input", .scratchFolder)
struct ImportTests {
    let seeds = try! DatasetLoader.load(directory: root.appendingPathComponent("seeds").path)

    @Test(arguments: [ExportFormat.json, .graphml])
    func exportImportExportIsByteIdentical(_ format: ExportFormat) throws {
        let first = format.write(seeds).files[0].text
        let path = try scratchFile("seeds.\(format.fileExtension)", first)
        let (graph, warnings) = try GraphImporter.load(path)
        #expect(warnings.isEmpty)
        #expect(format.write(graph).files[0].text == first)
        // And across formats: the imported graph is the same graph.
        for other in ExportFormat.allCases {
            #expect(other.write(graph).files.map(\.text) == other.write(seeds).files.map(\.text), "\(format) → \(other)")
        }
    }

    /// Sentence locations travel as `evidence_spans` and `evidence_sha256` and come back.
    @Test(arguments: [ExportFormat.json, .graphml])
    func locatedEvidenceRoundTrips(_ format: ExportFormat) throws {
        let located = try DatasetLoader.load(files: try LocatedSeeds.files(repository: root), name: "seeds")
        #expect(located.edgeIDs.contains { located[$0].citations.contains { $0.location != nil } })
        let first = format.write(located).files[0].text
        #expect(first.contains("evidence_spans") && first.contains("evidence_sha256"))
        let (graph, _) = try GraphImporter.load(try scratchFile("located.\(format.fileExtension)", first))
        #expect(format.write(graph).files[0].text == first)
        #expect(graph.edgeIDs.map { graph[$0].citations } == located.edgeIDs.map { located[$0].citations })
        for other in ExportFormat.allCases {
            let text = other.write(located).files.map(\.text).joined()
            #expect(text.contains("evidence_spans") && text.contains("evidence_sha256"), "\(other) carries the locations")
        }
    }

    @Test(arguments: [
        ("{\"directed\": true, \"multigraph\": true, \"graph\": {\"sources\": [{\"id\": \"s\"}]}, \"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"a\", \"sources\": [\"s\"], \"evidence_spans\": {\"s\": \"9-3\"}, \"evidence_sha256\": {\"s\": \"\(String(repeating: "a", count: 64))\"}}]}",
         "evidence_spans: invalid span '9-3': the span ends before it starts for source 's'"),
        ("{\"directed\": true, \"multigraph\": true, \"graph\": {\"sources\": [{\"id\": \"s\"}]}, \"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"a\", \"sources\": [\"s\"], \"evidence_spans\": {\"s\": \"1-3\"}}]}",
         "evidence_spans gives source 's' a span but evidence_sha256 no hash"),
        ("{\"directed\": true, \"multigraph\": true, \"graph\": {\"sources\": [{\"id\": \"s\"}]}, \"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"a\", \"sources\": [\"s\"], \"evidence_spans\": {\"s\": \"1-3\"}, \"evidence_sha256\": {\"s\": \"ABC\"}}]}",
         "evidence_sha256 of source 's' is not 64 lower-case hex digits"),
    ])
    func brokenLocationsAreRefused(_ json: String, _ message: String) throws {
        #expect(throws: (any Error).self) { try GraphImporter.load(try scratchFile("broken.json", json)) }
        do { _ = try GraphImporter.load(try scratchFile("broken.json", json)) } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func networkxGraphMLAndLegacyLinksJSON() throws {
        for file in ["karate.networkx.graphml", "karate.links.json"] {
            let (graph, warnings) = try GraphImporter.load(fixture(file))
            #expect(graph.nodeCount == 34 && graph.edgeCount == 78, "\(file)")
            let zero = try #require(graph.node(slug: "0"))
            #expect(graph[zero].attributes.contains(Attribute(key: "club", value: "Mr. Hi")), "\(file)")
            #expect(!warnings.contains { $0.contains("weight") }, "\(file): the weights are kept")
            #expect(graph.edges.allSatisfy { if case .text(let w)? = $0.attribute("weight") { Int(w) != nil } else { false } }, "\(file)")
            #expect(graph.schema.attributeType(of: "weight") == .long, "\(file): typed as NetworkX wrote them")
        }
    }

    @Test func networkxMultigraphKeysBecomeUniqueIDs() throws {
        for file in ["multi.networkx.graphml", "multi.edges.json"] {
            let (graph, _) = try GraphImporter.load(fixture(file))
            #expect(graph.edgeCount == 3, "\(file)")
            #expect(Set(graph.edges.map(\.slug)).count == 3, "\(file)")
            let a = try #require(graph.node(slug: "a"))
            #expect(graph[a].name == "Alpha" && graph[a].kind == .person)
            #expect(graph.edges.map(\.type).sorted() == [.met, .met, .visits])
            #expect(graph.edges.compactMap { $0.date?.description } == ["2025-12-19"])
        }
    }

    @Test func edgeListsWithSiblingNodesAndQuotedCSV() throws {
        let (graph, _) = try GraphImporter.load(fixture("small.edges.tsv"))
        #expect(graph.nodeCount == 3 && graph.edgeCount == 3)
        #expect(graph[try #require(graph.node(slug: "n0"))].name == "Actor Zero")
        #expect(graph[try #require(graph.node(slug: "n0"))].kind.rawValue == "actor")
        #expect(graph.edges.map(\.type.rawValue) == ["met", "funds", "met"])
        #expect(graph.sources.map(\.slug) == ["file:small.edges.tsv"], "the file is the edges' source")
        let (csv, _) = try GraphImporter.load(fixture("quoted.csv"))
        #expect(csv.edges.first?.note == "a note, with a comma and \"quotes\"")
    }

    @Test(arguments: [
        ("xxe.graphml", "xxe.graphml:2:1: error: document type declarations (<!DOCTYPE …>) are not accepted"),
        ("bomb.graphml", "bomb.graphml:2:1: error: document type declarations (<!DOCTYPE …>) are not accepted"),
        ("dangling.graphml", "dangling.graphml:4:3: error: edge refers to node 'b', which the file does not declare"),
        ("undeclared-key.graphml", "undeclared-key.graphml:2:21: error: <data> refers to undeclared key 'x'"),
        ("invalid-utf8.graphml", "invalid-utf8.graphml:2:25: error: invalid UTF-8"),
        ("unknown-entity.graphml", "unknown-entity.graphml:2:27: error: unknown entity &nbsp;"),
        ("truncated.graphml", "truncated.graphml:2:20: error: unterminated tag <node"),
        ("truncated.json", "truncated.json:1:65: error: not valid JSON: the file ends inside the object opened at 1:36"),
        ("no-nodes.json", "no-nodes.json:1:1: error: no \"nodes\" list: not a node-link graph"),
        ("no-columns.tsv", "no-columns.tsv:1:1: error: the header names no source and target column"),
    ])
    func hostileFilesAreRefusedWithTheirPlace(_ file: String, _ message: String) {
        do {
            _ = try GraphImporter.load(fixture(file))
            Issue.record("\(file) must be refused")
        } catch {
            #expect(error.description.hasPrefix(fixture(file).replacingOccurrences(of: file, with: "") + message), "\(error)")
        }
    }
}

@Suite("Hostile names through export and re-import", .scratchFolder)
struct HostileRoundTripTests {
    static let names = ["\"]; evil -> x [", "C:\\dir\\", "a:b", "<b>&amp;</b>", "line one\nline two", "tab\there",
                        "😀 summit 🇯🇵", "«Эмомали Рахмон»", "«徳仁»", "\\N \\L \\n", "  spaced  ", "עברית‏ RTL", "e\u{301} combining"]

    @Test(arguments: [ExportFormat.json, .graphml])
    func namesSurviveExactly(_ format: ExportFormat) throws {
        var builder = GraphBuilder()
        let source = try builder.add(Source(slug: "s", file: "s.txt", publisher: "P", published: nil, title: "T"))
        var previous: NodeID?
        for (i, name) in Self.names.enumerated() {
            let id = try builder.add(Node(slug: "n\(i)", kind: .person, name: name, aliases: [name + " alias"]))
            if let previous {
                try builder.add(Edge(slug: "e\(i)", type: .met, source: previous, target: id, status: .occurred,
                                     topics: [name], citations: [Citation(source: source, paraphrase: name)], note: name))
            }
            previous = id
        }
        let graph = builder.build()
        let text = format.write(graph).files[0].text
        let (back, _) = try GraphImporter.load(try scratchFile("hostile.\(format.fileExtension)", text))
        #expect(back.nodes.map(\.name) == Self.names)
        #expect(back.nodes.map(\.aliases) == graph.nodes.map(\.aliases))
        #expect(back.edges.map(\.note) == graph.edges.map(\.note))
        #expect(back.edges.map { $0.citations.map(\.paraphrase) } == graph.edges.map { $0.citations.map(\.paraphrase) })
        #expect(format.write(back).files[0].text == text)
    }
}
