/// Rendered pieces of an export, several per slot (a small number: a detail code, a kind code, an
/// edge head's first-seen number), each rendered once with what its rendering lost, then copied,
/// and its losses logged again, on every later use. Unlike ``FragmentMemo`` a slot is found by
/// index, not hashed, and one lookup serves every piece of it: a DOT edge line interleaves the
/// pieces of its head and of its details.
struct FragmentTable {
    private let piecesPerSlot: Int
    private var store: [UInt8] = []
    /// Per slot and piece, flat: where the piece is in `store` (empty and not `filled` until rendered).
    private var ranges: [Range<Int>] = []
    private var filled: [Bool] = []
    /// Per slot and piece, flat: whether its rendering lost something, kept in `losses`.
    private var lossy: [Bool] = []
    private var losses: [Int: LossLog] = [:]

    init(piecesPerSlot: Int) { self.piecesPerSlot = piecesPerSlot }

    /// Whether slot `slot` has been rendered.
    @inline(__always) func contains(_ slot: Int) -> Bool { slot < filled.count && filled[slot] }

    /// Stores the pieces of slot `slot`, each with what its rendering logged.
    mutating func fill(_ slot: Int, with pieces: [(text: String, losses: LossLog)]) {
        precondition(pieces.count == piecesPerSlot)
        if slot >= filled.count {
            filled += Array(repeating: false, count: slot + 1 - filled.count)
            ranges += Array(repeating: 0..<0, count: filled.count * piecesPerSlot - ranges.count)
            lossy += Array(repeating: false, count: filled.count * piecesPerSlot - lossy.count)
        }
        filled[slot] = true
        for (k, piece) in pieces.enumerated() {
            let start = store.count
            store.append(contentsOf: piece.text.utf8)
            ranges[slot * piecesPerSlot + k] = start..<store.count
            if !piece.losses.isEmpty { (lossy[slot * piecesPerSlot + k], losses[slot * piecesPerSlot + k]) = (true, piece.losses) }
        }
    }

    /// Appends piece `piece` of slot `slot` (rendered) to `out`, and logs again what its rendering lost.
    /// - Complexity: O(length of the piece).
    @inline(__always) func append(_ slot: Int, piece: Int, to out: inout ExportBytes, log: inout LossLog) {
        let index = slot * piecesPerSlot + piece
        store.withUnsafeBytes { out.append(UnsafeRawBufferPointer(rebasing: $0[ranges[index]])) }
        if lossy[index], let lost = losses[index] { log.note(lost) }
    }
}
