import Foundation
import Testing

@Suite("Snapshots end to end: the CLI answers the same from a snapshot, and replaces a damaged one")
struct SnapshotCommandTests {
    @Test func answersAreTheSameFromTheSnapshotAndAfterDamage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-cli-snap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = dir.appendingPathComponent("cache").path
        let data = dir.appendingPathComponent("big.edges.tsv").path
        var text = "src\tdst\ttype\tdate\tstatus\n"
        for i in 0..<50_000 { text += "n\(i % 997)\tn\((i * 31 + 7) % 997)\t\(["met", "funds"][i % 2])\t2025-0\(1 + i % 9)-1\(i % 10)\toccurred\n" }
        try text.write(toFile: data, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: data)
        let arguments = ["neighbors", "n5", "--data", data, "--format", "tsv"], env = ["SUMMITGRAPH_CACHE": cache]

        let parsed = try CLI.run(arguments, environment: env)
        #expect(parsed.status == 0 && parsed.stderr.isEmpty)
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".sgsnap") }
        #expect(snapshots.count == 1 && snapshots[0].hasPrefix("big.edges.tsv-"))
        let opened = try CLI.run(arguments, environment: env)
        #expect(opened.stdout == parsed.stdout && opened.status == 0 && opened.stderr.isEmpty)

        let snapshot = cache + "/" + snapshots[0]
        var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        bytes[bytes.count - 100] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: snapshot))
        let damaged = try CLI.run(arguments, environment: env)
        #expect(damaged.stdout == parsed.stdout && damaged.status == 0)
        #expect(damaged.stderr.contains("note: rebuilt the snapshot: \(snapshot): corrupt, payload checksum"), "\(damaged.stderr)")
        #expect(try CLI.run(arguments, environment: env).stderr.isEmpty)

        let off = try CLI.run(arguments, environment: ["SUMMITGRAPH_CACHE": cache + "-off", "SUMMITGRAPH_SNAPSHOT": "off"])
        #expect(off.stdout == parsed.stdout && !FileManager.default.fileExists(atPath: cache + "-off"))
    }
}
