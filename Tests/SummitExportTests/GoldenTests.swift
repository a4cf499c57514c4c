import Foundation
import SummitDataset
import SummitExport
import SummitGraph
import Testing

func loadSeeds() throws -> Graph { try DatasetLoader.load(directory: repository.appendingPathComponent("seeds").path) }

/// Golden files: each format of the small fixture dataset, byte for byte.
/// `SUMMITGRAPH_RECORD=1` rewrites them; review the diff before committing.
@Suite("Golden exports of the fixture dataset")
struct GoldenTests {
    static let fixture = repository.appendingPathComponent("Tests/SummitDatasetTests/Fixtures/valid").path

    @Test(arguments: ExportFormat.allCases)
    func matchesTheGoldenFile(_ format: ExportFormat) throws {
        let result = format.write(try DatasetLoader.load(directory: Self.fixture))
        for file in result.files {
            let name = "fixture." + format.fileExtension + (file.name.isEmpty ? "" : "." + file.name)
            let url = repository.appendingPathComponent("Tests/SummitExportTests/Golden/\(name)")
            if ProcessInfo.processInfo.environment["SUMMITGRAPH_RECORD"] == "1" {
                try Data(file.text.utf8).write(to: url)
                Issue.record("recorded \(name)")
                continue
            }
            let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "missing golden \(name)")
            #expect(file.text == expected, "\(name) differs from its golden file")
        }
    }
}

@Suite("Escaping rules")
struct EscapingTests {
    @Test func jsonStringsAreWrittenAsPythonWritesThem() {
        #expect(JSONText.quoted("a\"b\\c\nd\t\u{01}é😀") == "\"a\\\"b\\\\c\\nd\\t\\u0001é😀\"")
        #expect(JSONText.quoted("\u{1B}\u{1F}\u{0}\u{08}\u{0C}\r\u{7F}") == "\"\\u001b\\u001f\\u0000\\b\\f\\r\u{7F}\"")
        #expect(ExportValue.list(["x", "y"]).flattened == "[\"x\", \"y\"]")
        #expect(ExportValue.map([(key: "k", value: "v")]).flattened == "{\"k\": \"v\"}")
    }

    @Test func dotRefusesWhatGraphvizCannotRead() throws {
        let graph = try HostileGraph.make()
        let dot = ExportFormat.dot.write(graph).files[0].text
        #expect(dot.hasPrefix("digraph \"summitgraph\" {"))
        #expect(!dot.hasPrefix("strict"))
        #expect(dot.contains("\"strict\" [label=<&lt;b&gt;&amp;amp;&lt;/b&gt;>"))
        #expect(dot.contains("\"node\" [label=\"\\\"]; evil -> x [\""))
        #expect(dot.contains("\"edge\" [label=\"C:\\\\dir\\\\\""))
        #expect(dot.contains("label=\"line one\\nline two\""))
        #expect(dot.contains("label=\"\\\\N \\\\L \\\\n \\\\G \\\\d\""))
    }
}

@Suite("Regressions found by the property tests")
struct DOTRegressionTests {
    func dot(_ name: String, note: String? = nil) throws -> String {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "s", file: "f", publisher: "p", published: nil, title: "t"))
        let a = try b.add(Node(slug: "a", kind: .person, name: name))
        try b.add(Edge(slug: "e", type: .met, source: a, target: a, status: .occurred, citations: [Citation(source: s)], note: note))
        return ExportFormat.dot.write(b.build()).files[0].text
    }

    @Test func aNulInAPlainValueNoLongerEndsTheString() throws {
        // Graphviz stopped at the NUL and reported a syntax error for the whole file.
        let text = try dot("A", note: "n\u{0}z")
        #expect(text.contains("note=\"nz\""))
        #expect(!text.unicodeScalars.contains("\u{0}"))
        #expect(try dot("A", note: "a\\\u{7}\"b").contains("note=") == false, "a removed control character cannot join \\ and \"")
    }

    @Test func backslashesAreDoubledInHTMLLabels() throws {
        // A name with an entity is written as an HTML label, where Graphviz still expands \N.
        #expect(try dot("x\\N&amp;").contains("label=<x\\\\N&amp;amp;>"))
    }
}
