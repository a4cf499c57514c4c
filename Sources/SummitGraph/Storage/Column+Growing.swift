/// The memory a ``Column`` owns: `capacity` values, freed with the last column that uses it.
final class ColumnBuffer<Element: BitwiseCopyable> {
    let start: UnsafeMutablePointer<Element>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        start = .allocate(capacity: capacity)
    }

    deinit { start.deallocate() }
}

extension Column {
    /// Makes the column the only owner of a buffer starting at its first value with room for
    /// `capacity` values, copying its values there unless that is already so.
    /// - Complexity: O(1) when the column already is; O(`count`) otherwise.
    @usableFromInline mutating func makeUnique(capacity wanted: Int) {
        if self.capacity > 0, self.capacity >= wanted, isKnownUniquelyReferenced(&owner) { return }
        let fresh = ColumnBuffer<Element>(capacity: Swift.max(wanted, count, 1))
        if let base, count > 0 { fresh.start.initialize(from: base, count: count) }
        (owner, base, capacity) = (fresh, fresh.start, fresh.capacity)
    }

    /// - Complexity: amortised O(1): the buffer doubles when full.
    @inlinable @inline(__always) public mutating func append(_ element: Element) {
        if _count >= capacity || !isKnownUniquelyReferenced(&owner) { makeUnique(capacity: Swift.max(16, _count * 2)) }
        (base.unsafelyUnwrapped + _count).initialize(to: element)
        _count += 1
    }

    /// - Complexity: O(*n*) amortised, one copy when `elements` is contiguous.
    public mutating func append<S: Sequence<Element>>(contentsOf elements: S) {
        let done: Bool? = elements.withContiguousStorageIfAvailable { source in
            guard let from = source.baseAddress, !source.isEmpty else { return true }
            reserveCapacity(count + source.count, growing: true)
            (base.unsafelyUnwrapped + count).initialize(from: from, count: source.count)
            _count += source.count
            return true
        }
        if done == nil { for element in elements { append(element) } }
    }

    /// Makes room for `capacity` values in all without a further copy.
    public mutating func reserveCapacity(_ capacity: Int) { reserveCapacity(capacity, growing: false) }

    private mutating func reserveCapacity(_ wanted: Int, growing: Bool) {
        guard wanted > 0 else { return }
        makeUnique(capacity: wanted <= capacity ? wanted : growing ? Swift.max(wanted, capacity * 2) : wanted)
    }

    /// Drops the last value.
    public mutating func removeLast() {
        precondition(count > 0, "removeLast on an empty column")
        _count -= 1
    }

    /// Drops the values from `position` on.
    /// - Complexity: O(1): values are plain, and memory is reused by later appends.
    public mutating func removeSuffix(from position: Int) {
        precondition(position >= 0 && position <= count, "column index out of range")
        _count = position
    }
}

extension Column: Equatable where Element: Equatable {
    public static func == (a: Column, b: Column) -> Bool {
        a.count == b.count && (a.base == b.base || a.elementsEqual(b))
    }
}

extension Column: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension Column: CustomStringConvertible {
    public var description: String { Array(self).description }
}
