extension Column where Element: FixedWidthInteger {
    /// Whether every value lies in `range`: one pass taking the least and greatest value, with
    /// no branch per value, which the compiler turns into vector instructions.
    /// - Complexity: O(*n*).
    package func isWithin(_ range: ClosedRange<Element>) -> Bool {
        withUnsafeBufferPointer { $0.isWithin(range) }
    }

    /// Whether every value lies in `range` (an empty range admits only an empty column); bounds
    /// beyond what `Element` holds are clamped to it.
    /// - Complexity: O(*n*), as ``isWithin(_:)``.
    package func areAll(in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return isEmpty }
        return isWithin(Element(clamping: range.lowerBound)...Element(clamping: range.upperBound - 1))
    }

    /// Whether no value is less than the one before it.
    /// - Complexity: O(*n*), branch-free like ``isWithin(_:)``.
    package var isNondecreasing: Bool {
        withUnsafeBufferPointer { values in
            guard values.count > 1 else { return true }
            var drops = 0
            for i in 1..<values.count { drops &+= values[i] < values[i - 1] ? 1 : 0 }
            return drops == 0
        }
    }
}

extension Column<EdgeID> {
    /// Whether every id is that of one of `edgeCount` edges.
    /// - Complexity: O(*n*), as ``Column/isWithin(_:)``.
    package func areEdges(below edgeCount: Int) -> Bool {
        guard edgeCount > 0 else { return isEmpty }
        let last = Int32(clamping: edgeCount - 1)
        return withUnsafeBufferPointer { $0.withMemoryRebound(to: Int32.self) { $0.isWithin(0...last) } }
    }
}

extension UnsafeBufferPointer where Element: FixedWidthInteger {
    func isWithin(_ range: ClosedRange<Element>) -> Bool {
        var (least, greatest) = (Element.max, Element.min)
        for value in self {
            least = Swift.min(least, value)
            greatest = Swift.max(greatest, value)
        }
        return isEmpty || (least >= range.lowerBound && greatest <= range.upperBound)
    }
}
