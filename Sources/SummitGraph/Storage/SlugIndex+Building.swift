extension SlugIndex {
    /// An index of every string of `pool`, built in one pass: the table a builder would reach by
    /// inserting them one by one (same size, same probing), filled in the order of the strings'
    /// home slots rather than at random, so that a million slugs cost a few sequential sweeps
    /// instead of a million cache misses.
    ///
    /// - Returns: `nil` when two strings of the pool are equal.
    /// - Complexity: O(*n* + bytes of the pool) for *n* strings, with O(*n*) scratch.
    package init?(indexing pool: StringPool) {
        let n = pool.count
        var size = 16
        while n * 2 > size { size *= 2 }
        let mask = size - 1, shift = max(0, size.trailingZeroBitCount - 16)  // at most 65,536 buckets

        // Each string's home slot and a tag (the hash's top half), in pool order, read once.
        var entries = [Entry](repeating: Entry(home: 0, tag: 0, position: 0), count: n)
        for position in 0..<n {
            let hash = pool.withBytes(position) { Self.hash($0) }
            entries[position] = Entry(home: UInt32(truncatingIfNeeded: Int(truncatingIfNeeded: hash) & mask),
                                      tag: UInt32(truncatingIfNeeded: hash >> 32), position: Int32(position))
        }
        // Counting sort by home slot bucket: within a bucket, slots are near one another.
        var starts = [Int](repeating: 0, count: (size >> shift) + 1)
        for entry in entries { starts[Int(entry.home) >> shift + 1] += 1 }
        for b in 1..<starts.count { starts[b] += starts[b - 1] }
        var sorted = entries
        for entry in entries {
            sorted[starts[Int(entry.home) >> shift]] = entry
            starts[Int(entry.home) >> shift] += 1
        }
        entries = []

        var table = [Int32](repeating: -1, count: size), tags = [UInt32](repeating: 0, count: size)
        for entry in sorted {
            var i = Int(entry.home)
            while table[i] != -1 {
                if tags[i] == entry.tag, pool.withBytes(Int(entry.position), { pool.equals(Int(table[i]), $0) }) { return nil }
                i = (i + 1) & mask
            }
            (table[i], tags[i]) = (entry.position, entry.tag)
        }
        self.init(slots: Column(table), poolCount: n)
    }

    private struct Entry {
        var home: UInt32
        var tag: UInt32
        var position: Int32
    }
}
