/// A hash index from a ``StringPool``'s strings to their positions, keyed by bytes: finds a slug
/// without creating a `String`, and is plain data (one `[Int32]`), so a snapshot stores it as is.
///
/// Open addressing with linear probing over a power-of-two table at most half full; the hash is
/// 64-bit FNV-1a, fixed across processes (Swift's `Hasher` is seeded per process).
package struct SlugIndex: Sendable, Equatable {
    /// `-1` for an empty slot, else a string's position in the pool.
    package private(set) var slots: Column<Int32>
    package private(set) var count: Int

    package init() { (slots, count) = (Column(repeating: -1, count: 16), 0) }

    /// An index as a snapshot stores it.
    /// - Returns: `nil` unless the table's size is a power of two, at most half full, and every
    ///   entry is a position in the pool.
    /// - Complexity: O(table size).
    package init?(slots: Column<Int32>, poolCount: Int) {
        guard slots.count >= 2, slots.count & (slots.count - 1) == 0 else { return nil }
        guard slots.areAll(in: -1..<poolCount) else { return nil }
        let used = slots.withUnsafeBufferPointer { slots in
            var used = 0
            for slot in slots { used &+= slot >= 0 ? 1 : 0 }
            return used
        }
        guard used * 2 <= slots.count else { return nil }
        (self.slots, self.count) = (slots, used)
    }

    @inlinable package static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in raw { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The position of the string equal to `raw`.
    /// - Complexity: O(length of `raw`) on average.
    package func find(_ raw: UnsafeRawBufferPointer, in pool: StringPool) -> Int32? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: Self.hash(raw)) & mask
        var probes = 0
        while probes < slots.count {  // bounded, so a corrupt table cannot loop forever
            let slot = slots[i]
            if slot == -1 { return nil }
            if pool.equals(Int(slot), raw) { return slot }
            i = (i + 1) & mask
            probes += 1
        }
        return nil
    }

    package func find(_ text: String, in pool: StringPool) -> Int32? {
        var text = text
        return text.withUTF8 { find(UnsafeRawBufferPointer($0), in: pool) }
    }

    /// Indexes string `position` of `pool`.
    /// - Returns: the position of an equal string already indexed (then nothing is added), or `nil`.
    /// - Complexity: O(length of the string) amortised.
    package mutating func insert(_ position: Int32, in pool: StringPool) -> Int32? {
        if (count + 1) * 2 > slots.count { grow(to: slots.count * 2, pool: pool) }
        return pool.withBytes(Int(position)) { raw in
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: Self.hash(raw)) & mask
            while slots[i] != -1 {
                if pool.equals(Int(slots[i]), raw) { return slots[i] }
                i = (i + 1) & mask
            }
            slots[i] = position
            count += 1
            return nil
        }
    }

    /// Makes room for `n` strings in all without growing again.
    package mutating func reserve(_ n: Int, pool: StringPool) {
        var size = slots.count
        while n * 2 > size { size *= 2 }
        if size > slots.count { grow(to: size, pool: pool) }
    }

    /// Rehashes into a table of `size` slots. When the positions indexed are `0..<count` (as
    /// builders index them, in order), the strings are read in pool order, sequentially, rather
    /// than in table order, which would read the pool at random.
    /// - Complexity: O(table size + bytes of the strings indexed).
    private mutating func grow(to size: Int, pool: StringPool) {
        var table = [Int32](repeating: -1, count: size)
        let mask = size - 1
        func place(_ position: Int32, _ raw: UnsafeRawBufferPointer) {
            var i = Int(truncatingIfNeeded: Self.hash(raw)) & mask
            while table[i] != -1 { i = (i + 1) & mask }
            table[i] = position
        }
        // `count` distinct positions all below `count` are exactly 0..<count.
        if count <= pool.count, slots.allSatisfy({ $0 < Int32(truncatingIfNeeded: count) }) {
            for position in 0..<count { pool.withBytes(position) { place(Int32(position), $0) } }
        } else {
            for slot in slots where slot != -1 { pool.withBytes(Int(slot)) { place(slot, $0) } }
        }
        slots = Column(table)
    }
}
