import Foundation
import SummitGraph

/// The nodes of a graph being built, found by the bytes of their slugs with one memory access
/// for the common short slug: a bulk reader resolves the two ends of every edge, and the builder's
/// own index reaches a slug through three (its slot, then where the slug starts in the pool, then
/// its bytes), which for a million edges is most of the time a load takes.
///
/// Open addressing with linear probing, at most half full; each slot holds the slug's first eight
/// bytes, its length and its node, so a slug of up to eight bytes is confirmed in the slot and a
/// longer one against the builder's pool. It mirrors the builder: add each node added there.
struct NodeLookup {
    private struct Slot {
        var head: UInt64
        var length: UInt32
        var node: Int32
    }

    private var slots = [Slot](repeating: Slot(head: 0, length: 0, node: -1), count: 16)
    private var count = 0

    /// The first eight bytes of `raw` (fewer when shorter), zero-padded.
    private static func head(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var head: UInt64 = 0
        if let base = raw.baseAddress { withUnsafeMutableBytes(of: &head) { $0.baseAddress!.copyMemory(from: base, byteCount: min(8, raw.count)) } }
        return head
    }

    /// A hash of `raw` whose every bit depends on every byte (MurmurHash3's finaliser).
    private static func hash(_ raw: UnsafeRawBufferPointer, head: UInt64) -> Int {
        var h = raw.count <= 8 ? head &+ UInt64(raw.count) : SlugIndex.hash(raw)
        h = (h ^ h >> 33) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ h >> 33) &* 0xC4CE_B9FE_1A85_EC53
        return Int(truncatingIfNeeded: h ^ h >> 33)
    }

    /// The nodes whose slugs are `raws`, found together: every slot is worked out before any is
    /// read, so that the reads' cache misses overlap rather than queue.
    /// - Returns: `false` (with `nodes` partly filled) when a slug is not here.
    /// - Complexity: O(bytes of `raws`) on average.
    func nodes(_ raws: [UnsafeRawBufferPointer], in builder: GraphBuilder, into nodes: inout [Int32]) -> Bool {
        let mask = slots.count - 1
        let heads = raws.map(Self.head)
        let homes = raws.indices.map { Self.hash(raws[$0], head: heads[$0]) & mask }
        nodes.removeAll(keepingCapacity: true)
        nodes.reserveCapacity(raws.count)
        return slots.withUnsafeBufferPointer { slots in
            for k in raws.indices {
                var i = homes[k]
                while true {
                    let slot = slots[i]
                    guard slot.node != -1 else { return false }
                    if slot.head == heads[k], Int(slot.length) == raws[k].count,
                       raws[k].count <= 8 || builder.nodes.slugs.equals(Int(slot.node), raws[k]) {
                        nodes.append(slot.node)
                        break
                    }
                    i = (i + 1) & mask
                }
            }
            return true
        }
    }

    /// Adds `node`, whose slug is `raw` and not yet here.
    /// - Complexity: O(length of `raw`) amortised.
    mutating func add(_ node: NodeID, slug raw: UnsafeRawBufferPointer, in builder: GraphBuilder) {
        if (count + 1) * 2 > slots.count { grow(builder) }
        let head = Self.head(raw)
        place(Slot(head: head, length: UInt32(raw.count), node: node.index), hash: Self.hash(raw, head: head))
        count += 1
    }

    private mutating func place(_ slot: Slot, hash: Int) {
        let mask = slots.count - 1
        var i = hash & mask
        while slots[i].node != -1 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow(_ builder: GraphBuilder) {
        let old = slots
        slots = [Slot](repeating: Slot(head: 0, length: 0, node: -1), count: old.count * 2)
        for slot in old where slot.node != -1 {
            builder.nodes.slugs.withBytes(Int(slot.node)) { place(slot, hash: Self.hash($0, head: slot.head)) }
        }
    }
}
