@testable import SummitGraph
import Testing
import TestSupport

/// Memory a column can view: a fixed buffer freed with the last column that uses it.
final class Keeper {
    let values: UnsafeMutableBufferPointer<Int32>
    init(_ values: [Int32]) {
        self.values = .allocate(capacity: values.count)
        _ = self.values.initialize(from: values)
    }
    deinit { values.deallocate() }
}

@Suite("Columns: value semantics like Array, views that copy before they change")
struct ColumnTests {
    /// Random operations on several columns that share buffers, mirrored on arrays: every column
    /// must equal its array after each step, whatever the others did (copy-on-write holds).
    @Test(arguments: 0..<20)
    func behavesLikeAnArray(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let keeper = Keeper((0..<40).map { Int32($0 * 3) })
        var columns: [Column<Int32>] = [[], Column(viewing: keeper.values.baseAddress!, count: 40, keeper: keeper)]
        var arrays: [[Int32]] = [[], Array(keeper.values)]
        for step in 0..<400 {
            let i = random.below(columns.count), value = Int32(random.below(1_000))
            switch random.below(9) {
            case 0, 1: columns[i].append(value); arrays[i].append(value)
            case 2:
                let more = (0..<random.below(40)).map { Int32($0) + value }
                columns[i].append(contentsOf: more); arrays[i].append(contentsOf: more)
            case 3 where !arrays[i].isEmpty: columns[i].removeLast(); arrays[i].removeLast()
            case 4:
                let keep = random.below(arrays[i].count + 1)
                columns[i].removeSuffix(from: keep); arrays[i].removeSubrange(keep...)
            case 5 where !arrays[i].isEmpty:
                let at = random.below(arrays[i].count)
                columns[i][at] = value; arrays[i][at] = value
            case 6 where columns.count < 8:
                columns.append(columns[i]); arrays.append(arrays[i])
            case 7 where columns.count < 8:
                let a = random.below(arrays[i].count + 1), b = random.below(arrays[i].count + 1)
                let range = min(a, b)..<max(a, b)
                columns.append(columns[i].extracting(range)); arrays.append(Array(arrays[i][range]))
            case 8: columns[i].reserveCapacity(random.below(200))
            default: break
            }
            for (column, array) in zip(columns, arrays) {
                #expect(Array(column) == array, "seed \(seed), step \(step)")
                #expect(column.withUnsafeBufferPointer { Array($0) } == array)
            }
        }
        #expect(Array(keeper.values) == (0..<40).map { Int32($0 * 3) }, "viewed memory is never written")
    }

    @Test func viewsKeepTheirKeeperAliveAndCopyBeforeChanging() {
        weak var watched: Keeper?
        var part: Column<Int32> = []
        do {
            let keeper = Keeper([1, 2, 3, 4])
            watched = keeper
            let column = Column(viewing: keeper.values.baseAddress!, count: 4, keeper: keeper)
            #expect(column.isView && column == [1, 2, 3, 4])
            part = column.extracting(1..<3)
            var changed = column
            changed[0] = 9
            #expect(!changed.isView && changed == [9, 2, 3, 4] && column == [1, 2, 3, 4])
        }
        #expect(watched != nil, "a part of a view keeps the memory alive")
        #expect(part == [2, 3])
        part = []
        #expect(watched == nil, "the memory goes with the last column that views it")
    }

    /// A view that alone holds its keeper still never writes the memory it views: growing or
    /// changing it copies, after which the keeper is let go.
    @Test(arguments: [false, true])
    func aViewAloneWithItsKeeperStillCopies(setting: Bool) {
        weak var watched: Keeper?
        var column: Column<Int32>
        do {
            let keeper = Keeper([1, 2, 3, 4, 0, 0, 0, 0])
            watched = keeper
            column = Column(viewing: keeper.values.baseAddress!, count: 4, keeper: keeper)
            column.removeLast()
        }
        #expect(watched != nil && column.isView)
        if setting { column[0] = 9 } else { column.append(5) }
        #expect(watched == nil, "the column copied, so it no longer needs the viewed memory")
        #expect(column == (setting ? [9, 2, 3] : [1, 2, 3, 5]))
    }

    @Test(arguments: 0..<10)
    func rangeChecksAgreeWithAPlainLoop(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<200 {
            let values = Column((0..<random.below(70)).map { _ in Int32(random.below(21)) - 10 })
            let a = Int32(random.below(25)) - 12, b = Int32(random.below(25)) - 12
            let range = min(a, b)...max(a, b)
            #expect(values.isWithin(range) == values.allSatisfy(range.contains))
            #expect(values.isNondecreasing == zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
            let ids = Column(values.map { EdgeID(Int($0)) }), edgeCount = random.below(12)
            #expect(ids.areEdges(below: edgeCount) == ids.allSatisfy { $0.index >= 0 && $0.offset < edgeCount })
        }
        #expect(Column<UInt8>([0, 255]).isWithin(0...255) && !Column<Int32>([.min]).isWithin(-1...5))
    }
}
