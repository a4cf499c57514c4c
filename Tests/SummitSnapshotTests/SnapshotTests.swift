import Foundation
import SummitDataset
import SummitGraph
import SummitImport
@testable import SummitSnapshot
import Testing
import TestSupport

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Everything a graph holds, compared value by value.
func expectSame(_ a: Graph, _ b: Graph) {
    #expect(Array(a.nodes) == Array(b.nodes))
    #expect(Array(a.edges) == Array(b.edges))
    #expect(a.sources == b.sources)
    #expect(a.conflicts == b.conflicts)
    for id in a.nodeIDs { #expect(a.outgoingEdges(of: id) == b.outgoingEdges(of: id) && a.incomingEdges(of: id) == b.incomingEdges(of: id)) }
    for id in a.nodeIDs.prefix(50) { #expect(b.node(slug: a[id].slug) == id) }
    for id in a.edgeIDs.prefix(50) { #expect(b.edge(slug: a[id].slug) == id) }
}

/// Bytes at a fixed address, freed with the last column that views them (a stand-in for a mapping).
final class Bytes {
    let raw: UnsafeMutableRawBufferPointer
    init(_ bytes: [UInt8]) {
        raw = .allocate(byteCount: bytes.count, alignment: 16)
        bytes.withUnsafeBytes { raw.copyMemory(from: $0) }
    }
    deinit { raw.deallocate() }
}

/// A scratch folder, removed at the end.
func withScratch(_ body: (URL) throws -> Void) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-snap-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try body(dir)
}

/// An edge list of `edges` lines over 500 nodes, over a MiB at 40,000 edges.
func edgeList(_ edges: Int, salt: Int = 0) -> String {
    var text = "src\tdst\ttype\tdate\n"
    for i in 0..<edges { text += "node\((i * 7919 + salt) % 500)\tnode\((i * 104_729 + 3) % 500)\t\(["met", "funds"][i % 2])\t20\(10 + i % 15)-0\(1 + i % 9)-1\(i % 10)\n" }
    return text
}

@Suite("Snapshots: exact round trips, damage detected, staleness detected")
struct SnapshotTests {
    static let seeds = try! DatasetLoader.load(directory: root.appendingPathComponent("seeds").path)

    @Test func seedsRoundTripExactly() throws {
        let key = SourceKey(size: 1, modified: 2, checksum: 3)
        let bytes = Snapshot(graph: Self.seeds, notes: ["a note"], key: key).encoded()
        let back = try bytes.withUnsafeBytes { try Snapshot.decode($0, path: "s") }
        expectSame(Self.seeds, back.graph)
        #expect(back.notes == ["a note"] && back.key == key)
        #expect(back.encoded() == bytes, "encoding is deterministic")
    }

    @Test func sentenceLocationsRoundTrip() throws {
        let located = try DatasetLoader.load(files: try LocatedSeeds.files(repository: root), name: "seeds")
        let bytes = Snapshot(graph: located, notes: [], key: SourceKey(size: 1, modified: 2, checksum: 3)).encoded()
        let back = try bytes.withUnsafeBytes { try Snapshot.decode($0, path: "s") }
        expectSame(located, back.graph)
        #expect(back.graph.edgeIDs.contains { back.graph[$0].citations.contains { $0.location != nil } })
    }

    @Test func importedGraphRoundTripsExactly() throws {
        let (graph, notes) = try GraphImporter.load(data: Data(edgeList(2_000).utf8), name: "x.edges.tsv")
        let back = try Snapshot(graph: graph, notes: notes, key: SourceKey(size: 0, modified: 0, checksum: 0)).encoded()
            .withUnsafeBytes { try Snapshot.decode($0, path: "s") }
        expectSame(graph, back.graph)
        #expect(back.notes == notes && !notes.isEmpty)
    }

    /// With a keeper, the columns view the bytes in place (no copy) and keep the keeper, and
    /// with it the bytes, alive for as long as the graph lives.
    @Test func columnsViewTheBytesInPlace() throws {
        let (graph, notes) = try GraphImporter.load(data: Data(edgeList(2_000).utf8), name: "x.edges.tsv")
        let encoded = Snapshot(graph: graph, notes: notes, key: SourceKey(size: 0, modified: 0, checksum: 0)).encoded()
        weak var watched: Bytes?
        var back: Graph? = nil
        do {
            let bytes = Bytes(encoded)
            watched = bytes
            back = try Snapshot.decode(UnsafeRawBufferPointer(bytes.raw), keptAliveBy: bytes, path: "s").graph
        }
        #expect(watched != nil, "the graph keeps the bytes it views")
        #expect(back!.edges.sources.isView && back!.nodes.names.bytes.isView && back!.outgoing.edges.isView)
        expectSame(graph, back!)
        back = nil
        #expect(watched == nil)
        let copied = try encoded.withUnsafeBytes { try Snapshot.decode($0, path: "s") }.graph
        #expect(!copied.edges.sources.isView, "without a keeper the columns are copied")
    }

    /// A snapshot of another format version is refused as such (and so rebuilt by the cache),
    /// even with a valid header checksum.
    @Test func otherVersionsAreIncompatible() throws {
        var bytes = Snapshot(graph: Self.seeds, notes: [], key: SourceKey(size: 1, modified: 2, checksum: 3)).encoded()
        withUnsafeBytes(of: UInt64(1).littleEndian) { bytes.replaceSubrange(8..<16, with: $0) }
        let sum = bytes.withUnsafeBytes { Checksum.of(UnsafeRawBufferPointer(rebasing: $0[0..<56])) }
        withUnsafeBytes(of: sum.littleEndian) { bytes.replaceSubrange(56..<64, with: $0) }
        #expect(throws: SnapshotError.incompatible(path: "s", found: "format version 1, this is \(Snapshot.version)")) {
            try bytes.withUnsafeBytes { try Snapshot.decode($0, path: "s") }
        }
    }

    /// Every damaged byte, and every truncation, is refused with a reason; none crashes.
    @Test func damageIsDetected() throws {
        let bytes = Snapshot(graph: Self.seeds, notes: [], key: SourceKey(size: 1, modified: 2, checksum: 3)).encoded()
        var state: UInt64 = 7
        for _ in 0..<300 {
            state = state &* 6364136223846793005 &+ 1
            var copy = bytes
            copy[Int(state >> 33) % copy.count] ^= UInt8(truncatingIfNeeded: state >> 20) | 1
            #expect(throws: SnapshotError.self) { try copy.withUnsafeBytes { try Snapshot.decode($0, path: "s") } }
            let kept = Bytes(copy)
            #expect(throws: SnapshotError.self) { try Snapshot.decode(UnsafeRawBufferPointer(kept.raw), keptAliveBy: kept, path: "s") }
        }
        for length in [0, 10, 63, 64, 100, bytes.count / 2, bytes.count - 1] {
            #expect(throws: SnapshotError.self) { try Array(bytes[..<length]).withUnsafeBytes { try Snapshot.decode($0, path: "s") } }
        }
    }

    /// Damage that keeps the checksums right (a forged payload) is still caught by the checks.
    @Test func referencesAreCheckedEvenWhenChecksumsAgree() throws {
        var writer = BinaryWriter()
        writer.write(graph: Self.seeds, notes: [])
        var payload = writer.bytes
        // The first node's kind code sits after the sources and the two string pools; find it by
        // rewriting every UInt16 equal to a kind code count and checking that some rewrite is refused.
        var refused = 0
        for offset in stride(from: 0, to: min(payload.count, 4096), by: 2) {
            let saved = (payload[offset], payload[offset + 1])
            (payload[offset], payload[offset + 1]) = (0xFF, 0x7F)
            if (try? payload.withUnsafeBytes({ var r = BinaryReader($0); return try r.readGraph() })) == nil { refused += 1 }
            (payload[offset], payload[offset + 1]) = saved
        }
        #expect(refused > 100)
    }

    @Test func cacheOpensRebuildsAndNoticesChanges() throws {
        try withScratch { dir in
            let cache = SnapshotCache(folder: dir.appendingPathComponent("cache").path)
            let source = dir.appendingPathComponent("g.edges.tsv").path
            try edgeList(40_000).write(toFile: source, atomically: false, encoding: .utf8)
            var builds = 0
            func load() throws -> (Graph, SnapshotCache.Outcome) {
                let r = try cache.load(source, build: { builds += 1; return try GraphImporter.load(source) }, write: { bytes, path in
                    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
                })
                return (r.graph, r.outcome)
            }
            // Age the source, so the snapshot is not within the two racy seconds.
            func age(_ path: String, by seconds: Int) throws {
                let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
                try FileManager.default.setAttributes([.modificationDate: date.addingTimeInterval(TimeInterval(-seconds))], ofItemAtPath: path)
            }
            try age(source, by: 60)
            let (first, how1) = try load()
            #expect(how1 == .built(because: .missing(path: cache.snapshotPath(for: source))))
            let (second, how2) = try load()
            #expect(how2 == .opened && builds == 1)
            expectSame(first, second)

            // Same size, same time, other content: only the checksum can tell; it is checked
            // because the time is restored by hand here, and a racy or touched file is hashed.
            let attributes = try FileManager.default.attributesOfItem(atPath: source)
            try edgeList(40_000, salt: 1).write(toFile: source, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: (attributes[.modificationDate] as! Date).addingTimeInterval(1)], ofItemAtPath: source)
            let (third, how3) = try load()
            #expect(how3 == .built(because: .stale(path: cache.snapshotPath(for: source), reason: "the source's content changed")))
            #expect(Array(third.edges) != Array(first.edges))

            // Touched, content unchanged: opened after the checksum, and the time recorded.
            try age(source, by: 120)
            _ = try load()
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-30)], ofItemAtPath: source)
            #expect(try load().1 == .opened)

            // Damaged on disk: rebuilt.
            let snapshot = cache.snapshotPath(for: source)
            var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
            bytes[bytes.count / 2] ^= 0x40
            try bytes.write(to: URL(fileURLWithPath: snapshot))
            #expect(try load().1 == .built(because: .corrupt(path: snapshot, reason: "payload checksum")))
            #expect(try load().1 == .opened)

            // Another size: stale.
            try (edgeList(40_000) + "a\tb\tmet\t\n").write(toFile: source, atomically: false, encoding: .utf8)
            try age(source, by: 60)
            #expect(try load().1 == .built(because: .stale(path: snapshot, reason: "the source's size changed")))
        }
    }

    @Test func smallFilesAreParsedEachTime() throws {
        try withScratch { dir in
            let source = dir.appendingPathComponent("small.edges.tsv").path
            try edgeList(10).write(toFile: source, atomically: false, encoding: .utf8)
            let r = try SnapshotCache(folder: dir.path).load(source, build: { try GraphImporter.load(source) }, write: { _, _ in Issue.record("wrote") })
            #expect(r.outcome == .built(because: nil))
        }
    }
}
