import Foundation
import SummitExport
import SummitGraph
import Testing

/// A seeded generator of hostile names (SplitMix64): quotes, backslashes, DOT and XML syntax,
/// control characters, right-to-left text, combining marks, CJK, Cyrillic, emoji.
struct NameGenerator {
    var state: UInt64
    static let pieces: [String] = ["\"", "\\", "'", "<", ">", "&", "&amp;", "]", "[", ";", ":", "->", "{", "}", "=", ",",
        "\\N", "\\n", "\\G", "\t", "\u{07}", "\u{1B}", "\r", "\u{0}", "x", "Ab", " ", "é", "e\u{301}", "\u{5D0}\u{5D1}", "\u{200F}",
        "\u{627}\u{644}", "徳仁", "高市", "Рахмон", "😀", "🇯🇵", "\u{FEFF}", "ﬁ", "ǅ", "𝔘"]

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A name of 1–8 pieces that starts and ends with a visible character (Graphviz trims
    /// surrounding white space when it draws).
    mutating func name() -> String {
        let count = Int(next() % 8) + 1
        var text = "n"
        for _ in 0..<count { text += Self.pieces[Int(next() % UInt64(Self.pieces.count))] }
        return text + "z"
    }

    /// A graph of `count` random names chained by edges whose notes and topics are random too.
    mutating func graph(count: Int) throws -> Graph {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "s", file: name(), publisher: name(), published: nil, title: name()))
        var previous: NodeID?
        for i in 0..<count {
            let id = try b.add(Node(slug: "n\(i)", kind: .person, name: name(), aliases: [name()], attributes: [Attribute(key: "k", value: name())]))
            if let previous {
                try b.add(Edge(slug: "e\(i)", type: .met, source: previous, target: id, status: .occurred, topics: [name()],
                               citations: [Citation(source: s, paraphrase: name())], note: name()))
            }
            previous = id
        }
        return b.build()
    }
}

@Suite("Property: random hostile names survive every export and every consumer")
struct PropertyTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomNamesReachEveryConsumerIntact(_ seed: UInt64) throws {
        var generator = NameGenerator(state: seed)
        let graph = try generator.graph(count: 60)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-property-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try writeExports(graph, to: folder)
        let check = try run(["python3", repository.appendingPathComponent("Tests/Interop/check_exports.py").path, folder.path, "--strip-controls"])
        #expect(check.status == 0, "seed \(seed): \(check.output.suffix(3000))")
        // Whatever a format changed is reported.
        #expect(results[.graphml]?.losses.isEmpty == false, "control characters removed from GraphML are reported")
        #expect(results[.json]?.losses.isEmpty == true)
    }
}
