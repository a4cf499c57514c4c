extension FuzzyDate {
    /// The date in 32 bits: year << 9 | month << 5 | day, a missing month or day as 0. Never 0.
    @inlinable public var packed: UInt32 {
        UInt32(year) << 9 | UInt32(month ?? 0) << 5 | UInt32(day ?? 0)
    }

    /// The date packed in `bits`, or `nil` when they hold no valid date.
    public init?(packed bits: UInt32) {
        let month = Int(bits >> 5 & 0xF), day = Int(bits & 0x1F)
        self.init(year: Int(bits >> 9), month: month == 0 ? nil : month, day: day == 0 ? nil : day)
        guard packed == bits else { return nil }
    }
}

extension DateSpan {
    /// The span in 64 bits: start << 32 | end; 0 is never a span, so it can stand for none.
    @inlinable public var packed: UInt64 { UInt64(start.packed) << 32 | UInt64(end.packed) }

    /// The span packed in `bits`, or `nil` when they hold no valid span.
    public init?(packed bits: UInt64) {
        guard let start = FuzzyDate(packed: UInt32(truncatingIfNeeded: bits >> 32)),
              let end = FuzzyDate(packed: UInt32(truncatingIfNeeded: bits)) else { return nil }
        if start == end { self.init(start) } else { self.init(start: start, end: end) }
    }
}
