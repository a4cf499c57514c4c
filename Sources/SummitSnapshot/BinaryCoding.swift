#if canImport(Glibc)
import Glibc
#endif
import SummitGraph

/// Appends little-endian numbers, length-prefixed strings and raw arrays, each array padded to
/// 8 bytes so it can be read back aligned.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UInt64($0.count)); bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: String?) {
        write(UInt8(text == nil ? 0 : 1))
        if let text { write(text) }
    }

    mutating func write(_ texts: [String]) {
        write(UInt64(texts.count))
        for text in texts { write(text) }
    }

    /// An array of plain numbers, as its count then its bytes, padded to 8.
    mutating func write<T: FixedWidthInteger>(array: [T]) {
        array.withUnsafeBufferPointer { write(raw: $0) }
    }

    /// A column (numbers, or ids wrapping one) in the layout of ``write(array:)``.
    mutating func write<T>(array column: Column<T>) {
        column.withUnsafeBufferPointer { write(raw: $0) }
    }

    private mutating func write<T>(raw values: UnsafeBufferPointer<T>) {
        write(UInt64(values.count))
        pad()
        bytes.append(contentsOf: UnsafeRawBufferPointer(values))
        pad()
    }

    mutating func pad() { while bytes.count % 8 != 0 { bytes.append(0) } }
}

/// Reads what ``BinaryWriter`` wrote; any read past the end, or a count that cannot fit, throws.
struct BinaryReader {
    struct Overrun: Error {}
    let base: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// What keeps `base` alive and unchanged while columns view it; `nil`: columns copy.
    let keeper: AnyObject?

    init(_ base: UnsafeRawBufferPointer, at offset: Int = 0, keptAliveBy keeper: AnyObject? = nil) {
        (self.base, self.offset, self.keeper) = (base, offset, keeper)
    }

    var isAtEnd: Bool { offset == base.count }

    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws(Overrun) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= base.count, let start = base.baseAddress else { throw Overrun() }
        defer { offset += size }
        return T(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    mutating func count(elementSize: Int = 1) throws(Overrun) -> Int {
        let n: UInt64 = try read()
        guard n <= UInt64(base.count - offset) / UInt64(max(1, elementSize)) else { throw Overrun() }
        return Int(n)
    }

    mutating func read(_: String.Type = String.self) throws(Overrun) -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[offset..<offset + n]), as: UTF8.self)
    }

    mutating func readOptional() throws(Overrun) -> String? {
        try read(UInt8.self) == 0 ? nil : try read(String.self)
    }

    mutating func readStrings() throws(Overrun) -> [String] {
        let n = try count(elementSize: 8)
        var texts: [String] = []
        texts.reserveCapacity(n)
        for _ in 0..<n { texts.append(try read(String.self)) }
        return texts
    }

    /// A short array written by ``BinaryWriter/write(array:)`` (a table's citations), copied out.
    mutating func readArray<T: FixedWidthInteger & BitwiseCopyable>(_: T.Type = T.self) throws(Overrun) -> [T] {
        Array(try readColumn(T.self, as: T.self))
    }

    /// An array written by ``BinaryWriter/write(array:)`` as a column that views the bytes in
    /// place when a keeper keeps them alive and they are aligned, else a copy.
    /// - Complexity: O(1) when viewed; O(*n*) when copied.
    mutating func readColumn<Stored: FixedWidthInteger, Element: BitwiseCopyable>(_: Stored.Type, as _: Element.Type = Element.self) throws(Overrun) -> Column<Element> {
        precondition(MemoryLayout<Element>.stride == MemoryLayout<Stored>.stride)
        let n = try count()
        skipPadding()
        let size = n * MemoryLayout<Element>.stride
        guard offset + size <= base.count else { throw Overrun() }
        defer { offset += size; skipPadding() }
        guard size > 0, let start = base.baseAddress.map({ $0 + offset }) else { return Column() }
        if let keeper, Int(bitPattern: start) % MemoryLayout<Element>.alignment == 0 {
            return Column(viewing: start.assumingMemoryBound(to: Element.self), count: n, keeper: keeper)
        }
        return Column(unsafeUninitializedCount: n) { buffer in
            let destination = UnsafeMutableRawBufferPointer(buffer)
            Self.populate(destination)
            destination.copyMemory(from: UnsafeRawBufferPointer(start: start, count: size))
        }
    }

    private mutating func skipPadding() { offset = min(base.count, (offset + 7) & ~7) }

    /// Asks the kernel to back the whole pages of a large fresh buffer in one call
    /// (`MADV_POPULATE_WRITE`, Linux 5.14) rather than one page fault per 4 KiB as the copy
    /// first touches them. Ignored where unsupported.
    static func populate(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard buffer.count >= 1 << 20, let start = buffer.baseAddress else { return }
        let page = 4096
        let first = (Int(bitPattern: start) + page - 1) & ~(page - 1)
        let last = (Int(bitPattern: start) + buffer.count) & ~(page - 1)
        if last > first { _ = madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, 23) }  // MADV_POPULATE_WRITE
        #endif
    }
}
