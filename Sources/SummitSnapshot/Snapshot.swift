import Foundation
import SummitGraph

/// A graph saved in summitgraph's binary snapshot format, with the key of the file it was read
/// from, so that later runs open it (`mmap`, checks, the columns read in place) instead of parsing.
///
/// Layout, little-endian: a 64-byte header of eight `UInt64` (magic `SGSNAP\0\0`, ``version``,
/// the source's size, modification time in ns and content checksum, the payload's length and
/// checksum, the checksum of the header's first seven words), then the payload: the node and
/// edge columns as raw arrays aligned to 8 bytes, the adjacency, and the small tables (kinds,
/// types, details, sources, conflicts, the import's notes) as length-prefixed fields.
public struct Snapshot: Sendable {
    /// 2: each adjacency row stores its edges' far ends too. 3: citations keep their sentence
    /// location. A snapshot of another version is rebuilt from its source.
    public static let version: UInt64 = 3
    static let magic: UInt64 = 0x0000_5041_4E53_4753  // "SGSNAP\0\0" read as little-endian
    static let headerSize = 64

    public var graph: Graph
    /// The notes the import printed, shown again when the snapshot is used.
    public var notes: [String]
    public var key: SourceKey

    public init(graph: Graph, notes: [String], key: SourceKey) { (self.graph, self.notes, self.key) = (graph, notes, key) }
}

/// What a snapshot remembers of its source file.
public struct SourceKey: Equatable, Sendable {
    public var size: UInt64
    /// Modification time, ns since 1970.
    public var modified: Int64
    public var checksum: UInt64

    public init(size: UInt64, modified: Int64, checksum: UInt64) { (self.size, self.modified, self.checksum) = (size, modified, checksum) }
}

extension Snapshot {
    /// The snapshot file's bytes.
    /// - Complexity: O(*V* + *E*) plus the size of the tables.
    public func encoded() -> [UInt8] {
        var payload = BinaryWriter()
        payload.write(graph: graph, notes: notes)
        var header = BinaryWriter()
        let words = payload.bytes.withUnsafeBytes { [Self.magic, Self.version, key.size, UInt64(bitPattern: key.modified), key.checksum,
                                                     UInt64($0.count), Checksum.of($0)] }
        for word in words { header.write(word) }
        header.write(header.bytes.withUnsafeBytes { Checksum.of($0) })
        return header.bytes + payload.bytes
    }

    /// The snapshot in `bytes` (the file at `path`, for messages).
    ///
    /// When `keeper` keeps `bytes` alive and unchanged for as long as it lives (a read-only
    /// mapping of the file), the graph's columns view `bytes` in place and hold on to `keeper`;
    /// otherwise they are copied out.
    /// - Throws: ``SnapshotError/incompatible(path:found:)`` or ``SnapshotError/corrupt(path:reason:)``;
    ///   every length, code and reference is checked before use, so damaged bytes cannot crash.
    /// - Complexity: O(*V* + *E*): a checksum pass and a check of each column (plus a copy
    ///   of each without a keeper).
    public static func decode(_ bytes: UnsafeRawBufferPointer, keptAliveBy keeper: AnyObject? = nil,
                              path: String) throws(SnapshotError) -> Snapshot {
        let key = try Self.key(bytes, path: path)
        let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
        // The payload's checksum runs on another core while the columns are read and checked
        // (every reference is range-checked, so reading damaged bytes is safe); both must pass.
        let checksum = PayloadChecksum(payload)
        defer { _ = checksum.value() }  // never leave while the other thread still reads the bytes
        var reader = BinaryReader(payload, keptAliveBy: keeper)
        do {
            let (graph, notes) = try reader.readGraph()
            guard checksum.value() == payloadChecksum(bytes) else { throw SnapshotError.corrupt(path: path, reason: "payload checksum") }
            guard reader.isAtEnd else { throw SnapshotError.corrupt(path: path, reason: "bytes after the payload") }
            return Snapshot(graph: graph, notes: notes, key: key)
        } catch let error as SnapshotError {
            throw error
        } catch _ where checksum.value() != payloadChecksum(bytes) {
            throw .corrupt(path: path, reason: "payload checksum")
        } catch let error as ColumnError {
            throw .corrupt(path: path, reason: error.reason)
        } catch {
            throw .corrupt(path: path, reason: "truncated")
        }
    }

    static func payloadChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 48, as: UInt64.self))
    }

    /// The source key in the header, once the header checks out (the payload is not read).
    static func key(_ bytes: UnsafeRawBufferPointer, path: String) throws(SnapshotError) -> SourceKey {
        guard bytes.count >= headerSize else { throw .incompatible(path: path, found: "\(bytes.count) bytes") }
        var reader = BinaryReader(bytes)
        var words: [UInt64] = []
        for _ in 0..<8 { words.append((try? reader.read(UInt64.self)) ?? 0) }
        guard words[0] == magic else { throw .incompatible(path: path, found: "no snapshot header") }
        guard words[1] == version else { throw .incompatible(path: path, found: "format version \(words[1]), this is \(version)") }
        guard Checksum.of(UnsafeRawBufferPointer(rebasing: bytes[0..<56])) == words[7] else { throw .corrupt(path: path, reason: "header checksum") }
        guard words[5] == UInt64(bytes.count - headerSize) else { throw .corrupt(path: path, reason: "length \(bytes.count), expected \(words[5] + 64)") }
        return SourceKey(size: words[2], modified: Int64(bitPattern: words[3]), checksum: words[4])
    }
}

/// A checksum computed on another thread; ``value()`` waits for it.
private final class PayloadChecksum: @unchecked Sendable {
    private var result: UInt64 = 0
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    init(_ bytes: UnsafeRawBufferPointer) {
        nonisolated(unsafe) let bytes = bytes  // read-only, and decode waits before the mapping goes
        DispatchQueue.global().async { [self] in
            result = Checksum.of(bytes)
            done.signal()
        }
    }

    func value() -> UInt64 {
        if !waited { done.wait(); waited = true }
        return result
    }
}
