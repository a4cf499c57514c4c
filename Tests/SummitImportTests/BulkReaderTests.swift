import Foundation
import SummitGraph
@testable import SummitImport
import Testing

@Suite("The bulk TSV reader reads exactly what the general reader reads")
struct BulkReaderTests {
    /// A deterministic edge list of every shape the bulk reader takes: declared and undeclared
    /// nodes, kinds, empty cells, day/month/year dates and ranges, statuses given or not,
    /// comments, blank lines, CRLF, non-ASCII ids.
    static func generated(seed: UInt64, edges: Int) -> (nodes: String, edges: String) {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let ids = (0..<40).map { $0 % 7 == 0 ? "Эм\($0)" : "n\($0)" }
        var nodes = "id\tkind\tname\n"
        for id in ids.prefix(30) { nodes += "\(id)\t\(["actor", "state", ""][next(3)])\tName \(id)\(next(5) == 0 ? " 徳仁" : "")\n" }
        let types = ["met", "funds", "", "cooperates_on"], dates = ["", "2024-02-29", "2025-12", "1999", "2025-12-19/2025-12-20"]
        let statuses = ["", "occurred", "planned", "ongoing", "historical", "rumoured"]
        var text = "# generated\nsrc\tdst\ttype\tdate\tstatus\n"
        for i in 0..<edges {
            text += "\(ids[next(ids.count)])\t\(ids[next(ids.count)])\t\(types[next(types.count)])\t\(dates[next(dates.count)])\t\(statuses[next(statuses.count)])"
            text += i % 11 == 0 ? "\r\n" : "\n"
            if i % 17 == 0 { text += "\n# comment\n" }
        }
        return (nodes, text)
    }

    static func load(_ path: String, bulk: Bool) throws -> (Graph, [String]) {
        try GraphImporter.load(data: Data(contentsOf: URL(fileURLWithPath: path)), name: path, bulk: bulk)
    }

    static func expectSame(_ path: String) throws {
        let (fast, fastNotes) = try load(path, bulk: true), (general, generalNotes) = try load(path, bulk: false)
        #expect(Array(fast.nodes) == Array(general.nodes))
        #expect(Array(fast.edges) == Array(general.edges))
        #expect(fast.sources == general.sources)
        #expect(fastNotes == generalNotes)
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func generatedListsReadTheSame(seed: UInt64) throws {
        let (nodes, edges) = Self.generated(seed: seed, edges: 400)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.edges.tsv").path
        try edges.write(toFile: path, atomically: false, encoding: .utf8)
        try Self.expectSame(path)  // without a nodes file
        try nodes.write(toFile: dir.appendingPathComponent("g.nodes.tsv").path, atomically: false, encoding: .utf8)
        try Self.expectSame(path)
        #expect(try Self.load(path, bulk: true).0.nodeCount >= 30)
    }

    @Test func fixturesReadTheSame() throws {
        try Self.expectSame(fixture("small.edges.tsv"))
    }

    /// Shapes the bulk reader leaves to the general one, which reads or refuses them as before.
    @Test(arguments: [
        "src\tdst\tweight\na\tb\t1\n",  // another column
        "src,dst\na,b\n",  // CSV
        "src\tdst\ttype\na\tb\n",  // a short row
        "src\tdst\tdate\na\tb\t2025-02-30\n",  // an impossible date
        "src\tdst\n\tb\n",  // an empty id
    ])
    func irregularShapesGoToTheGeneralReader(_ text: String) throws {
        let edges = Data(text.utf8)
        #expect(edges.withUnsafeBytes { EdgeListBulkReader.read($0, nodes: nil, file: "x.tsv") } == nil)
        let general = Result { try GraphImporter.load(data: edges, name: "x.tsv", bulk: false) }
        let either = Result { try GraphImporter.load(data: edges, name: "x.tsv") }
        switch (general, either) {
        case (.success(let a), .success(let b)): #expect(Array(a.graph.edges) == Array(b.graph.edges) && a.warnings == b.warnings)
        case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)")
        default: Issue.record("the readers disagree on \(text.debugDescription)")
        }
    }

    /// Found by the fuzzer (import_edgelist_nodes): a name ending in carriage returns before its
    /// line's CRLF. Both readers drop the one `\r` before `\n` and keep the others.
    @Test(arguments: ["\r\r\r\n", "\r\r\n", "\r", "\r\r"])
    func carriageReturnsBeforeALineEndReadTheSame(_ end: String) throws {
        let edges = Data("src\tdst\ttype\nn0\tn1\tmet\n".utf8), nodes = Data("id\tkind\tname\nn0\tactor\tActor Zero\(end)".utf8)
        let fast = try GraphImporter.load(edgeList: edges, nodes: nodes, name: "x.edges.tsv")
        let general = try GraphImporter.load(edgeList: edges, nodes: nodes, name: "x.edges.tsv", bulk: false)
        #expect(Array(fast.graph.nodes) == Array(general.graph.nodes))
        let kept = String(repeating: "\r", count: end.filter { $0 == "\r" || $0 == "\r\n" }.count - 1)
        #expect(general.graph.nodes.first?.name == "Actor Zero" + kept)
    }

    @Test func invalidUTF8GoesToTheGeneralReader() {
        let bytes: [UInt8] = Array("src\tdst\na\t".utf8) + [0xFF, 0x0A]
        #expect(bytes.withUnsafeBytes { EdgeListBulkReader.read($0, nodes: nil, file: "x.tsv") } == nil)
    }
}
