/// Strings stored end to end in one byte buffer: one allocation for any number of strings and
/// 4 bytes of bookkeeping each, read back without a per-string allocation until asked for.
///
/// Holds at most 4 GiB of text in all (the importers refuse larger files first).
package struct StringPool: Sendable, Equatable {
    /// The UTF-8 of every string, end to end.
    package private(set) var bytes: Column<UInt8>
    /// `ends[i]` is where string `i` ends in `bytes`; it starts where string `i - 1` ends.
    package private(set) var ends: Column<UInt32>

    package init() { (bytes, ends) = ([], []) }

    /// A pool from its two arrays, as a snapshot stores them.
    /// - Returns: `nil` unless `ends` is non-decreasing and within `bytes`.
    /// - Complexity: O(*n*) in the number of strings.
    package init?(bytes: Column<UInt8>, ends: Column<UInt32>) {
        guard ends.isNondecreasing, Int(ends.last ?? 0) <= bytes.count else { return nil }
        (self.bytes, self.ends) = (bytes, ends)
    }

    package var count: Int { ends.count }

    /// The byte range of string `i`.
    @inlinable package func range(_ i: Int) -> Range<Int> {
        (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])
    }

    package mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// Appends bytes the caller has checked to be UTF-8.
    package mutating func append(utf8 raw: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: raw)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// Removes the last string.
    package mutating func removeLast() {
        ends.removeLast()
        bytes.removeSuffix(from: Int(ends.last ?? 0))
    }

    package mutating func reserve(strings: Int, bytes byteCount: Int) {
        ends.reserveCapacity(strings)
        bytes.reserveCapacity(byteCount)
    }

    /// String `i`.
    /// - Complexity: O(length of the string).
    package subscript(i: Int) -> String {
        let r = range(i)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Calls `body` with the bytes of string `i`.
    @inlinable package func withBytes<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let r = range(i)
        return try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[r])) }
    }

    /// Whether string `i` is exactly `raw`.
    @inlinable package func equals(_ i: Int, _ raw: UnsafeRawBufferPointer) -> Bool {
        let r = range(i)
        guard r.count == raw.count else { return false }
        return bytes.withUnsafeBytes { all in
            r.isEmpty || memcmpBytes(all.baseAddress! + r.lowerBound, raw.baseAddress!, r.count)
        }
    }
}

@inlinable func memcmpBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
    var i = 0
    while i + 8 <= count {
        if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < count {
        if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
        i += 1
    }
    return true
}
