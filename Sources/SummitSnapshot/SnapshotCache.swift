import Foundation
import SummitGraph

/// Where snapshots of big graph files live, and when one may be used.
///
/// A snapshot is used only when its source file still has the size and modification time it
/// recorded; when the size matches but the time does not (a `touch`, a copy), or the source was
/// modified less than two seconds before the snapshot was written (the time may not have
/// ticked), the source's content checksum decides. A snapshot that fails any check is rebuilt,
/// never trusted. Snapshots are written atomically by the caller's writer.
public struct SnapshotCache: Sendable {
    /// By default, files smaller than 1 MiB are parsed on every run: it is as fast as opening a snapshot.
    public static let standardMinimumSourceSize = 1 << 20
    public let folder: String
    public let minimumSourceSize: Int

    public init(folder: String, minimumSourceSize: Int = Self.standardMinimumSourceSize) {
        (self.folder, self.minimumSourceSize) = (folder, minimumSourceSize)
    }

    /// `$SUMMITGRAPH_CACHE`, else `$XDG_CACHE_HOME/summitgraph`, else `~/.cache/summitgraph`;
    /// `nil` when `SUMMITGRAPH_SNAPSHOT=off`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SnapshotCache? {
        if environment["SUMMITGRAPH_SNAPSHOT"] == "off" { return nil }
        if let folder = environment["SUMMITGRAPH_CACHE"], !folder.isEmpty { return SnapshotCache(folder: folder) }
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
        return SnapshotCache(folder: base + "/summitgraph")
    }

    /// The snapshot of `source`: its name, and a checksum of its absolute path.
    public func snapshotPath(for source: String) -> String {
        let absolute = URL(fileURLWithPath: source).standardizedFileURL.path
        let tag = Array(absolute.utf8).withUnsafeBytes { Checksum.of($0) }
        return folder + "/" + URL(fileURLWithPath: absolute).lastPathComponent + "-" + String(tag, radix: 16) + ".sgsnap"
    }

    /// How ``load(_:build:write:)`` got the graph.
    public enum Outcome: Equatable, Sendable {
        /// From the snapshot.
        case opened
        /// From the source; `because` says why the snapshot was not used (nil: the file is small).
        case built(because: SnapshotError?)
    }

    /// The graph in `source` and the notes of its import: from its snapshot when that checks
    /// out, else from `build`, after which a new snapshot is handed to `write`.
    /// - Throws: what `build` throws. A snapshot that cannot be written is skipped.
    public func load(_ source: String, build: () throws -> (Graph, [String]),
                     write: ([UInt8], String) throws -> Void) throws -> (graph: Graph, notes: [String], outcome: Outcome) {
        guard let before = Self.status(source), before.size >= UInt64(minimumSourceSize) else {
            let (graph, notes) = try build()
            return (graph, notes, .built(because: nil))
        }
        let path = snapshotPath(for: source)
        var reason: SnapshotError
        do {
            let snapshot = try open(path, source: source, status: before, write: write)
            return (snapshot.graph, snapshot.notes, .opened)
        } catch {
            reason = error
        }
        let (graph, notes) = try build()
        if let after = Self.status(source), after == before, let mapped = MappedFile(path: source) {
            let key = SourceKey(size: after.size, modified: after.modified, checksum: Checksum.of(mapped.bytes))
            try? write(Snapshot(graph: graph, notes: notes, key: key).encoded(), path)
        }
        return (graph, notes, .built(because: reason))
    }

    /// The snapshot at `path` if it is of `source` as it is now.
    func open(_ path: String, source: String, status: (size: UInt64, modified: Int64),
              write: ([UInt8], String) throws -> Void) throws(SnapshotError) -> Snapshot {
        guard let mapped = MappedFile(path: path) else { throw .missing(path: path) }
        let key = try Snapshot.key(mapped.bytes, path: path)
        guard key.size == status.size else { throw .stale(path: path, reason: "the source's size changed") }
        let written = Self.status(path)?.modified ?? .max
        if key.modified != status.modified || written - status.modified < 2_000_000_000 {
            guard let source = MappedFile(path: source), Checksum.of(source.bytes) == key.checksum else {
                throw .stale(path: path, reason: "the source's content changed")
            }
            var snapshot = try Snapshot.decode(mapped.bytes, keptAliveBy: mapped, path: path)
            snapshot.key.modified = status.modified
            try? write(snapshot.encoded(), path)  // same content: record the new time, so the next run is quick
            return snapshot
        }
        return try Snapshot.decode(mapped.bytes, keptAliveBy: mapped, path: path)
    }

    /// Size and modification time (ns) of the file at `path`.
    static func status(_ path: String) -> (size: UInt64, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
