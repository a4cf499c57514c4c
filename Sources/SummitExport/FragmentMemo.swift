/// Rendered pieces of an export, each rendered once, the first time it is asked for, and copied
/// on every later use: what many elements share (a type, a status, a date, interned details)
/// costs one rendering and a copy per element.
struct FragmentMemo<Key: Hashable> {
    private var store: [UInt8] = []
    private var slots: [Key: (range: Range<Int>, removed: Int)] = [:]

    /// Appends the fragment for `key` to `out`, rendering it with `render` (which appends to the
    /// buffer it is given, logs what it removed, and returns how many characters that was) if it is new.
    /// - Returns: When the fragment is reused, how many characters its rendering removed, to be
    ///   logged again for this use; 0 when it was rendered now.
    /// - Complexity: O(length of the fragment), plus its rendering the first time.
    @inline(__always)
    mutating func append(_ key: Key, to out: inout ExportBytes, render: (inout ExportBytes) -> Int) -> Int {
        if let slot = slots[key] {
            store.withUnsafeBytes { out.append(UnsafeRawBufferPointer(rebasing: $0[slot.range])) }
            return slot.removed
        }
        var piece = ExportBytes()
        let removed = render(&piece)
        slots[key] = (store.count..<store.count + piece.count, removed)
        piece.withUnsafeBytes { store.append(contentsOf: $0); out.append($0) }
        return 0
    }
}
