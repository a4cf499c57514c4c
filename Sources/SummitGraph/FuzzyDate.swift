/// How much of a calendar date a source gives.
public enum DatePrecision: Int, Comparable, Codable, Sendable {
    case year, month, day
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A calendar date known to a year, a month or a day (`2025`, `2025-12`, `2025-12-19`).
public struct FuzzyDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A validated date; `nil` when the month or day does not exist (`2025-02-30`)
    /// or a day is given without a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        (self.year, self.month, self.day) = (year, month, day)
    }

    public var precision: DatePrecision { day != nil ? .day : month != nil ? .month : .year }

    /// Days since 1970-01-01 of the first day this date may mean.
    public var firstDay: Int { Self.dayNumber(year, month ?? 1, day ?? 1) }
    /// Days since 1970-01-01 of the last day this date may mean.
    public var lastDay: Int {
        let m = month ?? 12
        return Self.dayNumber(year, m, day ?? Self.daysIn(month: m, year: year))
    }

    public var description: String {
        // Written digit by digit: dates are formatted once per edge in every export.
        let digit = { (v: Int) in UInt8(ascii: "0") + UInt8(v % 10) }
        var bytes: [UInt8] = [digit(year / 1000), digit(year / 100), digit(year / 10), digit(year)]
        if let month { bytes += [UInt8(ascii: "-"), digit(month / 10), digit(month)] }
        if let day { bytes += [UInt8(ascii: "-"), digit(day / 10), digit(day)] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Orders by first possible day, then by precision (coarser first).
    public static func < (a: Self, b: Self) -> Bool {
        (a.firstDay, a.precision) < (b.firstDay, b.precision)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's `days_from_civil`.
    static func dayNumber(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

/// A date or a date range (`2025-12-19/2025-12-20`), each end with its own precision.
public struct DateSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let start: FuzzyDate
    public let end: FuzzyDate

    /// A span from `start` to `end`; `nil` when `end` could only fall before `start`.
    public init?(start: FuzzyDate, end: FuzzyDate) {
        guard end.lastDay >= start.firstDay else { return nil }
        (self.start, self.end) = (start, end)
    }

    public init(_ date: FuzzyDate) { (start, end) = (date, date) }

    public var isRange: Bool { start != end }
    public var firstDay: Int { start.firstDay }
    public var lastDay: Int { end.lastDay }

    /// Whether the span may share a day with `other`.
    public func overlaps(_ other: DateSpan) -> Bool {
        firstDay <= other.lastDay && other.firstDay <= lastDay
    }

    public var description: String { isRange ? "\(start)/\(end)" : start.description }

    public static func < (a: Self, b: Self) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
