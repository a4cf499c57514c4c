/// A run of plain values (codes, ids, offsets, bytes) that either owns its memory or views
/// memory someone else keeps alive: a snapshot's columns are read in place from the mapped file,
/// with no copy and no fresh pages to zero, and the mapping lives as long as any column of it.
///
/// Reading is a bounds-checked load, as with `Array`. Growing (``append(_:)``) and writing
/// (the subscript's setter) work in place when the column is the only owner of its buffer and
/// copy it first otherwise, so a column shared by two graphs, or viewing a file, never changes
/// under the other.
public struct Column<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    // @unchecked: the memory is written only through a buffer this column alone owns (checked
    // by `isKnownUniquelyReferenced`), and viewed memory is read-only.
    @usableFromInline var base: UnsafeMutablePointer<Element>?
    @usableFromInline var _count: Int
    public var count: Int { _count }
    /// How many values fit from `base` in the buffer this column owns; 0 for a view, a part of
    /// another column, or an empty column, which therefore copy before they grow or change.
    @usableFromInline var capacity: Int
    /// What keeps the memory alive: the ``ColumnBuffer`` this column allocated, or the keeper
    /// of the memory it views (a mapped file).
    @usableFromInline var owner: AnyObject?

    public init() { (base, _count, capacity, owner) = (nil, 0, 0, nil) }

    /// A column of the `count` values at `start`, which `keeper` keeps alive and unchanged.
    /// - Precondition: `start` is aligned for `Element`.
    package init(viewing start: UnsafePointer<Element>, count: Int, keeper: AnyObject) {
        precondition(Int(bitPattern: start) % MemoryLayout<Element>.alignment == 0, "misaligned column")
        (base, _count, capacity, owner) = (UnsafeMutablePointer(mutating: start), count, 0, keeper)
    }

    /// A column of `count` values written by `body` into fresh memory.
    /// - Complexity: O(`count`) plus `body`.
    public init(unsafeUninitializedCount count: Int, initializingWith body: (UnsafeMutableBufferPointer<Element>) throws -> Void) rethrows {
        self.init()
        reserveCapacity(count)
        if let base { try body(UnsafeMutableBufferPointer(start: base, count: count)) }
        _count = count
    }

    public init(repeating value: Element, count: Int) {
        self.init(unsafeUninitializedCount: count) { $0.initialize(repeating: value) }
    }

    /// - Complexity: O(*n*): one copy of a contiguous sequence, else one pass.
    public init<S: Sequence<Element>>(_ elements: S) {
        self.init()
        let copied: Bool? = elements.withContiguousStorageIfAvailable { source in
            reserveCapacity(source.count)
            if let base, let from = source.baseAddress { base.update(from: from, count: source.count) }
            _count = source.count
            return true
        }
        if copied == nil { for element in elements { append(element) } }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inlinable public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "column index out of range")
            return base.unsafelyUnwrapped[position]
        }
        set {
            precondition(position >= 0 && position < count, "column index out of range")
            if capacity == 0 || !isKnownUniquelyReferenced(&owner) { makeUnique(capacity: count) }
            base.unsafelyUnwrapped[position] = newValue
        }
    }

    /// Positions `range` of this column as a column of its own, sharing the memory.
    /// - Complexity: O(1).
    @inlinable public func extracting(_ range: Range<Int>) -> Column {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "column range out of range")
        var part = self
        part.base = range.isEmpty ? base : base.map { $0 + range.lowerBound }
        (part._count, part.capacity) = (range.count, 0)
        return part
    }

    @inlinable public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer(body)
    }

    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(UnsafeBufferPointer(start: base, count: count)))
    }

    /// Whether the column reads memory it did not allocate (a mapped snapshot).
    package var isView: Bool { owner != nil && !(owner is ColumnBuffer<Element>) }
}
