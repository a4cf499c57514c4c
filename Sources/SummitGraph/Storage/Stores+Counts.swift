extension EdgeStore {
    /// How many edges have each type that occurs.
    /// - Complexity: O(*E*), reading one small column; no edge is assembled.
    public var countsByType: [EdgeType: Int] {
        var counts = [Int](repeating: 0, count: types.count)
        for code in typeCodes { counts[Int(code)] += 1 }
        return Dictionary(zip(types, counts).filter { $0.1 > 0 }, uniquingKeysWith: +)
    }

    /// How many edges have each status that occurs.
    /// - Complexity: O(*E*), reading one byte column.
    public var countsByStatus: [EdgeStatus: Int] {
        var counts = [Int](repeating: 0, count: statuses.count)
        for code in statusCodes { counts[Int(code)] += 1 }
        return Dictionary(zip(statuses, counts).filter { $0.1 > 0 }, uniquingKeysWith: +)
    }
}

extension NodeStore {
    /// How many nodes have each kind that occurs.
    /// - Complexity: O(*V*), reading one small column.
    public var countsByKind: [NodeKind: Int] {
        var counts = [Int](repeating: 0, count: kinds.count)
        for code in kindCodes { counts[Int(code)] += 1 }
        return Dictionary(zip(kinds, counts).filter { $0.1 > 0 }, uniquingKeysWith: +)
    }
}
