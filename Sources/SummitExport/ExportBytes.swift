#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a streaming writer appends to: kept in memory, or handed to a sink whenever a
/// MiB has gathered, so that a large export never holds the whole file.
///
/// A growable buffer of its own rather than an `[UInt8]`: writers append a dozen short pieces
/// per element, and copying those byte by byte, without a uniqueness check or a `memmove`
/// call each, halved the time of a GraphML export.
struct ExportBytes: ~Copyable {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    /// How many bytes are held.
    private(set) var count = 0
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    private static let chunk = 1 << 20

    /// In memory: everything written is kept.
    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(byteCount: self.capacity, alignment: 16)
        sink = nil
    }

    /// Streaming: `sink` receives the bytes in order, a MiB or so at a time.
    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        capacity = Self.chunk + Self.chunk / 4
        base = .allocate(byteCount: capacity, alignment: 16)
        self.sink = sink
    }

    deinit { base.deallocate() }

    private mutating func grow(to needed: Int) {
        var size = capacity
        while size < needed { size *= 2 }
        let larger = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        larger.copyMemory(from: base, byteCount: count)
        base.deallocate()
        (base, capacity) = (larger, size)
    }

    @inline(__always) mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        if count + n > capacity { grow(to: count + n) }
        let destination = base + count
        if n <= 32 {
            for i in 0..<n { destination.storeBytes(of: bytes[i], toByteOffset: i, as: UInt8.self) }
        } else {
            memcpy(destination, bytes.baseAddress!, n)
        }
        count += n
    }

    @inline(__always) mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always) mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    @inline(__always) mutating func append(byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// `value` in decimal.
    mutating func append(decimal value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        var magnitude = value.magnitude, digits: (UInt64, UInt64, UInt64) = (0, 0, 0), count = 0
        withUnsafeMutableBytes(of: &digits) { digits in
            repeat {
                digits[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            append(UnsafeRawBufferPointer(rebasing: digits[(24 - count)...]))
        }
    }

    /// Calls `body` with the bytes held (since the last flush, when streaming).
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Hands what has gathered to the sink once it passes a MiB (streaming only). Writers call
    /// it between elements.
    mutating func flushIfFull() throws {
        guard let sink, count >= Self.chunk else { return }
        try sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    /// Hands the rest to the sink (streaming), or returns everything (in memory).
    consuming func finish() throws -> [UInt8] {
        if let sink {
            try sink(UnsafeRawBufferPointer(start: base, count: count))
            return []
        }
        return withUnsafeBytes { Array($0) }
    }
}
