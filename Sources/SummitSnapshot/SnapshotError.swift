/// Why a snapshot was not used. None of these reaches the user as a failure: the snapshot is
/// rebuilt from the source file; the reason is shown as a note.
public enum SnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No snapshot, or it cannot be opened or mapped.
    case missing(path: String)
    /// Another format version, or not a snapshot at all.
    case incompatible(path: String, found: String)
    /// The source file changed since the snapshot was built.
    case stale(path: String, reason: String)
    /// The snapshot's bytes do not check out (checksum, lengths, or references out of range).
    case corrupt(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no snapshot"
        case .incompatible(let path, let found): "\(path): not a snapshot of this version (\(found))"
        case .stale(let path, let reason): "\(path): stale, \(reason)"
        case .corrupt(let path, let reason): "\(path): corrupt, \(reason)"
        }
    }
}
