extension FuzzyDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    /// - Throws: ``GraphError/invalidDate(_:reason:offset:)`` naming the offending part.
    public init<S: StringProtocol>(parsing text: S) throws(GraphError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let expect = "expected YYYY, YYYY-MM or YYYY-MM-DD"
        guard (1...3).contains(parts.count) else {
            throw .invalidDate(String(text), reason: expect, offset: 0)
        }
        var numbers: [Int] = []
        var offset = 0
        for (i, part) in parts.enumerated() {
            let width = i == 0 ? 4 : 2
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(part) else {
                throw .invalidDate(String(text), reason: expect, offset: offset)
            }
            numbers.append(n)
            offset += part.count + 1
        }
        let month = numbers.count > 1 ? numbers[1] : nil
        let day = numbers.count > 2 ? numbers[2] : nil
        if let month, !(1...12).contains(month) {
            throw .invalidDate(String(text), reason: "month \(parts[1]) does not exist", offset: 5)
        }
        guard let date = FuzzyDate(year: numbers[0], month: month, day: day) else {
            let reason = numbers[0] == 0
                ? "year 0000 does not exist"
                : "\(parts[0])-\(parts[1]) has \(Self.daysIn(month: month ?? 1, year: numbers[0])) days, not \(parts[2])"
            throw .invalidDate(String(text), reason: reason, offset: numbers[0] == 0 ? 0 : 8)
        }
        self = date
    }
}

extension DateSpan {
    /// Parses a date (`2025-12-19`) or an ISO 8601 range (`2025-12-19/2025-12-20`).
    /// - Throws: ``GraphError/invalidDate(_:reason:offset:)``; its offset points into `text`.
    public init<S: StringProtocol>(parsing text: S) throws(GraphError) {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        func date(_ part: S.SubSequence, at base: Int) throws(GraphError) -> FuzzyDate {
            do { return try FuzzyDate(parsing: part) } catch {
                guard case .invalidDate(_, let reason, let offset) = error else { throw error }
                throw .invalidDate(String(text), reason: reason, offset: base + offset)
            }
        }
        switch halves.count {
        case 1:
            self.init(try date(halves[0], at: 0))
        case 2:
            let start = try date(halves[0], at: 0)
            let end = try date(halves[1], at: halves[0].count + 1)
            guard let span = DateSpan(start: start, end: end) else {
                throw .invalidDate(String(text), reason: "the range ends before it starts",
                                   offset: halves[0].count + 1)
            }
            self = span
        default:
            throw .invalidDate(String(text), reason: "a range has one '/' between two dates", offset: 0)
        }
    }
}
