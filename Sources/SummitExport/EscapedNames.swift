import SummitGraph

/// Each string of a pool escaped once for a format, end to end in one buffer, with how many
/// characters the escaping removed: node ids are written once per node and copied for each edge
/// end that names them.
struct EscapedNames: ~Copyable {
    private var bytes: ExportBytes
    private var ends: [Int] = []
    private var removed: [Int32] = []

    /// - Parameter escape: appends the escaped form of a string's UTF-8 and returns how many
    ///   characters it removed.
    init(_ pool: StringPool, escape: (UnsafeRawBufferPointer, inout ExportBytes) -> Int) {
        bytes = ExportBytes(capacity: pool.bytes.count + 2 * pool.count + 8)
        ends.reserveCapacity(pool.count)
        removed.reserveCapacity(pool.count)
        for i in 0..<pool.count {
            removed.append(Int32(pool.withBytes(i) { escape($0, &bytes) }))
            ends.append(bytes.count)
        }
    }

    /// Appends the escaped string `i` to `out`.
    /// - Returns: How many characters its escaping removed.
    @inline(__always) func append(_ i: Int, to out: inout ExportBytes) -> Int {
        bytes.withUnsafeBytes { out.append(UnsafeRawBufferPointer(rebasing: $0[(i == 0 ? 0 : ends[i - 1])..<ends[i]])) }
        return Int(removed[i])
    }
}
